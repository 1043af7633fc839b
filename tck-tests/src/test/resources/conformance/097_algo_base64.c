/* Checks base64 encoding and decoding round trips including padding cases and binary data. */
#include <stdio.h>
#include <string.h>
static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static size_t enc(const unsigned char *in, size_t n, char *out) { size_t o = 0;
    for (size_t i = 0; i < n; i += 3) { unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = B64[v >> 18 & 63]; out[o++] = B64[v >> 12 & 63]; out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '='; out[o++] = i + 2 < n ? B64[v & 63] : '='; }
    out[o] = 0; return o; }
static int val(char c) { const char *p = strchr(B64, c); return c && p ? (int)(p - B64) : -1; }
static long dec(const char *in, unsigned char *out) { size_t n = strlen(in), o = 0; if (n % 4) return -1;
    for (size_t i = 0; i < n; i += 4) { int a = val(in[i]), b = val(in[i + 1]), c = in[i + 2] == '=' ? 0 : val(in[i + 2]), d = in[i + 3] == '=' ? 0 : val(in[i + 3]);
        if (a < 0 || b < 0 || c < 0 || d < 0) return -1; unsigned v = (unsigned)(a << 18 | b << 12 | c << 6 | d);
        out[o++] = (unsigned char)(v >> 16); if (in[i + 2] != '=') out[o++] = (unsigned char)(v >> 8); if (in[i + 3] != '=') out[o++] = (unsigned char)v; }
    return (long)o; }
int main(void) {
    const char *t[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished, not only by his reason", "conformance!"};
    char e[256]; unsigned char d[256];
    for (int i = 0; i < 9; i++) { size_t n = strlen(t[i]); enc((const unsigned char *)t[i], n, e); long dn = dec(e, d); printf("[%s] -> [%s] ok=%d\n", t[i], e, dn == (long)n && !memcmp(d, t[i], n)); }
    unsigned char bin[64]; for (int i = 0; i < 64; i++) bin[i] = (unsigned char)(255 - i * 4);
    enc(bin, 64, e); printf("%s\n", e); long dn = dec(e, d); printf("bin ok=%d\n", dn == 64 && !memcmp(d, bin, 64));
    printf("invalid=%ld %ld\n", dec("abc", d), dec("ab!d", d));
    return 0;
}
