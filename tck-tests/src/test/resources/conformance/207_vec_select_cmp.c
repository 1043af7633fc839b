/* If-converted loops: compares of every predicate feeding selects, conditional counting, threshold masks, float compares with NaNs, and "any/all" searches over byte arrays. */
#include <stdio.h>
#include <stdint.h>
#include <math.h>
#define N 229
static int32_t a[N], b[N], r[N];
static uint32_t ua[N], ub[N], ur[N];
static int16_t sa[N], sr[N];
static uint8_t bytes[N];
static float fa[N], fb[N], fr[N];
static double da[N], db[N], dr[N];

__attribute__((noinline)) static void sel_signed(int32_t *d, const int32_t *x, const int32_t *y, int n) {
    for (int i = 0; i < n; i++) d[i] = (x[i] < y[i] ? 1 : 0) + (x[i] <= y[i] ? 2 : 0) + (x[i] > y[i] ? 4 : 0) + (x[i] >= y[i] ? 8 : 0) + (x[i] == y[i] ? 16 : 0) + (x[i] != y[i] ? 32 : 0);
}
__attribute__((noinline)) static void sel_unsigned(uint32_t *d, const uint32_t *x, const uint32_t *y, int n) {
    for (int i = 0; i < n; i++) d[i] = (x[i] < y[i] ? x[i] : y[i] - x[i]) ^ (x[i] >= y[i] ? 0x55u : 0xAAu) ^ (x[i] > 0x80000000u ? 1u : 2u);
}
__attribute__((noinline)) static void sel_short(int16_t *d, const int16_t *x, int16_t t, int n) { for (int i = 0; i < n; i++) d[i] = x[i] > t ? (int16_t)(x[i] - t) : (int16_t)(t - x[i] / 2); }
__attribute__((noinline)) static int count_range(const int32_t *x, int lo, int hi, int n) { int c = 0; for (int i = 0; i < n; i++) c += (x[i] >= lo) & (x[i] < hi); return c; }
__attribute__((noinline)) static long cond_sum(const int32_t *x, const int32_t *y, int n) { long s = 0; for (int i = 0; i < n; i++) if (x[i] > y[i]) s += x[i]; else s -= y[i] & 0xFF; return s; }
__attribute__((noinline)) static int any_zero(const uint8_t *p, int n) { int f = 0; for (int i = 0; i < n; i++) f |= p[i] == 0; return f; }
__attribute__((noinline)) static int all_small(const uint8_t *p, int n) { int f = 1; for (int i = 0; i < n; i++) f &= p[i] < 200; return f; }
__attribute__((noinline)) static int last_match(const uint8_t *p, uint8_t v, int n) { int k = -1; for (int i = 0; i < n; i++) if (p[i] == v) k = i; return k; }
__attribute__((noinline)) static void fsel(float *d, const float *x, const float *y, int n) { for (int i = 0; i < n; i++) d[i] = x[i] > y[i] ? x[i] - y[i] : (x[i] != x[i] ? -1.0f : y[i]); }
__attribute__((noinline)) static void dsel(double *d, const double *x, const double *y, int n) {
    for (int i = 0; i < n; i++) d[i] = (x[i] <= y[i] ? 1.0 : 0.0) + (!(x[i] > y[i]) ? 2.0 : 0.0) + (isunordered(x[i], y[i]) ? 4.0 : 0.0) + (x[i] == y[i] ? 8.0 : 0.0);
}
__attribute__((noinline)) static int count_nan(const double *x, int n) { int c = 0; for (int i = 0; i < n; i++) c += x[i] != x[i]; return c; }
__attribute__((noinline)) static void relu(float *d, const float *x, int n) { for (int i = 0; i < n; i++) d[i] = x[i] > 0.0f ? x[i] : 0.0f; }

static uint64_t h;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001B3ull; }

int main(void) {
    uint32_t s = 2463534242u;
    for (int i = 0; i < N; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        a[i] = (int32_t)(s % 2001) - 1000; ua[i] = s; sa[i] = (int16_t)(s >> 7); bytes[i] = (uint8_t)(s >> 11) | 1;
        fa[i] = (float)((int)(s % 4001) - 2000) / 16.0f; da[i] = (double)((int)(s % 3001) - 1500) / 8.0;
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        b[i] = (int32_t)(s % 2001) - 1000; ub[i] = s; fb[i] = (float)((int)(s % 4001) - 2000) / 16.0f; db[i] = (double)((int)(s % 3001) - 1500) / 8.0;
        if (i % 7 == 3) { b[i] = a[i]; ub[i] = ua[i]; fb[i] = fa[i]; db[i] = da[i]; }
        if (i % 31 == 5) { fa[i] = NAN; db[i] = NAN; }
    }
    bytes[N - 3] = 0; bytes[N / 2] = 250;
    for (int n = 1; n <= N; n = n * 2 + 1) {
        h = 1469598103934665603ull;
        sel_signed(r, a, b, n); for (int i = 0; i < n; i++) mix((uint64_t)r[i]);
        sel_unsigned(ur, ua, ub, n); for (int i = 0; i < n; i++) mix(ur[i]);
        sel_short(sr, sa, -100, n); for (int i = 0; i < n; i++) mix((uint64_t)sr[i]);
        fsel(fr, fa, fb, n); for (int i = 0; i < n; i++) { union { float f; uint32_t u; } v = { fr[i] }; mix(v.u); }
        dsel(dr, da, db, n); for (int i = 0; i < n; i++) mix((uint64_t)dr[i]);
        relu(fr, fb, n); for (int i = 0; i < n; i++) { union { float f; uint32_t u; } v = { fr[i] }; mix(v.u); }
        printf("n=%d sel %016llx", n, (unsigned long long)h);
        printf(" range %d", count_range(a, -300, 450, n));
        printf(" csum %ld", cond_sum(a, b, n));
        printf(" any0 %d", any_zero(bytes, n));
        printf(" allsmall %d", all_small(bytes, n));
        printf(" last %d", last_match(bytes, bytes[0], n));
        printf(" nan %d\n", count_nan(db, n));
    }
    return 0;
}
