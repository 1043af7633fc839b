/* Byte loops that vectorise over <16 x i8>: case mapping, saturating add/sub, averaging, xor ciphers, byte counting and widening sums. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#define N 301
static uint8_t a[N], b[N], r[N];
static char text[N + 1];

__attribute__((noinline)) static void upper(char *dst, const char *src, int n) { for (int i = 0; i < n; i++) { char c = src[i]; dst[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; } }
__attribute__((noinline)) static void sat_add(uint8_t *d, const uint8_t *x, const uint8_t *y, int n) { for (int i = 0; i < n; i++) { unsigned s = x[i] + y[i]; d[i] = s > 255 ? 255 : (uint8_t)s; } }
__attribute__((noinline)) static void sat_sub(uint8_t *d, const uint8_t *x, const uint8_t *y, int n) { for (int i = 0; i < n; i++) d[i] = x[i] > y[i] ? (uint8_t)(x[i] - y[i]) : 0; }
__attribute__((noinline)) static void sat_add_s(int8_t *d, const int8_t *x, const int8_t *y, int n) { for (int i = 0; i < n; i++) { int s = x[i] + y[i]; d[i] = (int8_t)(s > 127 ? 127 : s < -128 ? -128 : s); } }
__attribute__((noinline)) static void avg(uint8_t *d, const uint8_t *x, const uint8_t *y, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)((x[i] + y[i] + 1) >> 1); }
__attribute__((noinline)) static void cipher(uint8_t *d, const uint8_t *x, uint8_t key, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)((x[i] ^ key) + (uint8_t)i); }
__attribute__((noinline)) static int count_spaces(const char *s, int n) { int c = 0; for (int i = 0; i < n; i++) c += s[i] == ' '; return c; }
__attribute__((noinline)) static unsigned wsum(const uint8_t *x, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s += x[i]; return s; }
__attribute__((noinline)) static int ssum(const int8_t *x, int n) { int s = 0; for (int i = 0; i < n; i++) s += x[i] * x[i] - x[i]; return s; }
__attribute__((noinline)) static void shifts(uint8_t *d, const uint8_t *x, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)((x[i] << 3) | (x[i] >> 5)); }
__attribute__((noinline)) static void sshift(int8_t *d, const int8_t *x, int n) { for (int i = 0; i < n; i++) d[i] = (int8_t)(x[i] >> 2); }
__attribute__((noinline)) static void bytemax(uint8_t *d, const uint8_t *x, const uint8_t *y, int n) { for (int i = 0; i < n; i++) d[i] = x[i] > y[i] ? x[i] : y[i]; }
__attribute__((noinline)) static void mulb(uint8_t *d, const uint8_t *x, const uint8_t *y, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)(x[i] * y[i] + 3); }
__attribute__((noinline)) static void divb(uint8_t *d, const uint8_t *x, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)(x[i] / 7 + x[i] % 5); }

static unsigned hash(const uint8_t *x, int n) { unsigned h = 2166136261u; for (int i = 0; i < n; i++) h = (h ^ x[i]) * 16777619u; return h; }

int main(void) {
    const char *words[] = {"alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta!", "eta", "theta42"};
    int len = 0;
    for (int w = 0; len < N - 10; w++) { const char *s = words[w % 8]; size_t l = strlen(s); memcpy(text + len, s, l); len += (int)l; text[len++] = ' '; }
    text[len] = 0;
    uint32_t s = 99;
    for (int i = 0; i < N; i++) { s = s * 1664525u + 1013904223u; a[i] = (uint8_t)(s >> 24); b[i] = (uint8_t)(s >> 16); }
    char up[N + 1];
    for (int n = 1; n <= N; n = n * 2 + 5) {
        int m = n < len ? n : len;
        upper(up, text, m); up[m] = 0;
        printf("n=%d spaces=%d text=%.40s\n", n, count_spaces(text, m), up);
        sat_add(r, a, b, n); printf(" sadd=%08x", hash(r, n));
        sat_sub(r, a, b, n); printf(" ssub=%08x", hash(r, n));
        sat_add_s((int8_t *)r, (const int8_t *)a, (const int8_t *)b, n); printf(" sadds=%08x", hash(r, n));
        avg(r, a, b, n); printf(" avg=%08x", hash(r, n));
        cipher(r, a, 0x5A, n); printf(" ciph=%08x\n", hash(r, n));
        shifts(r, a, n); printf(" rot=%08x", hash(r, n));
        sshift((int8_t *)r, (const int8_t *)b, n); printf(" sar=%08x", hash(r, n));
        bytemax(r, a, b, n); printf(" max=%08x", hash(r, n));
        mulb(r, a, b, n); printf(" mul=%08x", hash(r, n));
        divb(r, a, n); printf(" div=%08x", hash(r, n));
        printf(" wsum=%u ssum=%d\n", wsum(a, n), ssum((const int8_t *)b, n));
    }
    return 0;
}
