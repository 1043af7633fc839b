/* Conversions the vectorisers emit lane-wise (widening, narrowing, int<->float, float<->double) and bit reinterpretation of vectors through unions and memcpy (bitcasts between vector shapes and scalars). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#define N 157
typedef int v4si __attribute__((vector_size(16)));
typedef unsigned char v8qu __attribute__((vector_size(8)));
typedef short v4hi __attribute__((vector_size(8)));
typedef float v2sf __attribute__((vector_size(8)));
typedef double v2df __attribute__((vector_size(16)));
typedef long long v2di __attribute__((vector_size(16)));

static int8_t c8[N]; static uint8_t u8[N]; static int16_t s16[N]; static uint16_t u16[N]; static int32_t i32[N]; static uint32_t u32[N]; static int64_t i64[N]; static uint64_t u64[N];
static float f32[N]; static double f64[N];

__attribute__((noinline)) static void sext8to32(int32_t *d, const int8_t *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }
__attribute__((noinline)) static void zext8to64(uint64_t *d, const uint8_t *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }
__attribute__((noinline)) static void zext16to32(uint32_t *d, const uint16_t *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i] * 3u; }
__attribute__((noinline)) static void trunc32to8(uint8_t *d, const uint32_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)(s[i] >> 4); }
__attribute__((noinline)) static void trunc64to16(int16_t *d, const int64_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (int16_t)s[i]; }
__attribute__((noinline)) static void i2f(float *d, const int32_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (float)s[i]; }
__attribute__((noinline)) static void u2f(float *d, const uint32_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (float)s[i]; }
__attribute__((noinline)) static void u2d(double *d, const uint32_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (double)s[i]; }
__attribute__((noinline)) static void l2d(double *d, const int64_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (double)s[i]; }
__attribute__((noinline)) static void ul2f(float *d, const uint64_t *s, int n) { for (int i = 0; i < n; i++) d[i] = (float)s[i]; }
__attribute__((noinline)) static void s16tod(double *d, const int16_t *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i] * 0.5; }
__attribute__((noinline)) static void f2i(int32_t *d, const float *s, int n) { for (int i = 0; i < n; i++) d[i] = (int32_t)s[i]; }
__attribute__((noinline)) static void d2u8(uint8_t *d, const double *s, int n) { for (int i = 0; i < n; i++) d[i] = (uint8_t)((s[i] < 0 ? -s[i] : s[i]) / 8e6); } /* |s| < 1.6e9 keeps the result in range */
__attribute__((noinline)) static void d2u32(uint32_t *d, const double *s, int n) { for (int i = 0; i < n; i++) d[i] = (uint32_t)(s[i] < 0 ? -s[i] : s[i]); }
__attribute__((noinline)) static void f2d(double *d, const float *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }
__attribute__((noinline)) static void d2f(float *d, const double *s, int n) { for (int i = 0; i < n; i++) d[i] = (float)s[i]; }

__attribute__((noinline)) static uint64_t bytes_as_u64(v8qu v) { uint64_t r; memcpy(&r, &v, 8); return r; }
__attribute__((noinline)) static v4hi u64_as_shorts(uint64_t x) { v4hi r; memcpy(&r, &x, 8); return r; }
__attribute__((noinline)) static double ints_as_double(int lo, int hi) { union { int i[2]; double d; } u = {{lo, hi}}; return u.d; }
__attribute__((noinline)) static v2sf double_as_floats(double d) { v2sf r; memcpy(&r, &d, 8); return r; }
__attribute__((noinline)) static v2di doubles_as_longs(v2df d) { return (v2di)d; }
__attribute__((noinline)) static v4si longs_as_ints(v2di d) { return (v4si)d; }
__attribute__((noinline)) static unsigned mask_bits(const int *a) { unsigned m = 0; for (int i = 0; i < 8; i++) m |= (unsigned)(a[i] > 0) << i; return m; }

static uint64_t h;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001B3ull; }
static void mixd(double d) { uint64_t v; memcpy(&v, &d, 8); mix(v); }
static void mixf(float f) { uint32_t v; memcpy(&v, &f, 4); mix(v); }

int main(void) {
    uint64_t s = 88172645463325252ull;
    for (int i = 0; i < N; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        c8[i] = (int8_t)s; u8[i] = (uint8_t)(s >> 8); s16[i] = (int16_t)(s >> 16); u16[i] = (uint16_t)(s >> 32); i32[i] = (int32_t)(s >> 20); u32[i] = (uint32_t)(s >> 25);
        i64[i] = (int64_t)s >> (i % 40); u64[i] = s >> (i % 13);
        f32[i] = (float)(int32_t)(s >> 40) / 1024.0f; f64[i] = (double)(int64_t)(s >> 12) / 3.0e6;
    }
    static int32_t ri[N]; static uint32_t ru[N]; static uint64_t rl[N]; static uint8_t rb[N]; static int16_t rs[N]; static float rf[N]; static double rd[N];
    for (int n = 2; n <= N; n = n * 2 + 1) {
        h = 1469598103934665603ull;
        sext8to32(ri, c8, n); for (int i = 0; i < n; i++) mix((uint64_t)ri[i]);
        zext8to64(rl, u8, n); for (int i = 0; i < n; i++) mix(rl[i]);
        zext16to32(ru, u16, n); for (int i = 0; i < n; i++) mix(ru[i]);
        trunc32to8(rb, u32, n); for (int i = 0; i < n; i++) mix(rb[i]);
        trunc64to16(rs, i64, n); for (int i = 0; i < n; i++) mix((uint64_t)rs[i]);
        printf("n=%d ints %016llx", n, (unsigned long long)h);
        i2f(rf, i32, n); for (int i = 0; i < n; i++) mixf(rf[i]);
        u2f(rf, u32, n); for (int i = 0; i < n; i++) mixf(rf[i]);
        u2d(rd, u32, n); for (int i = 0; i < n; i++) mixd(rd[i]);
        l2d(rd, i64, n); for (int i = 0; i < n; i++) mixd(rd[i]);
        ul2f(rf, u64, n); for (int i = 0; i < n; i++) mixf(rf[i]);
        s16tod(rd, s16, n); for (int i = 0; i < n; i++) mixd(rd[i]);
        printf(" tofp %016llx", (unsigned long long)h);
        f2i(ri, f32, n); for (int i = 0; i < n; i++) mix((uint64_t)ri[i]);
        d2u8(rb, f64, n); for (int i = 0; i < n; i++) mix(rb[i]);
        d2u32(ru, f64, n); for (int i = 0; i < n; i++) mix(ru[i]);
        f2d(rd, f32, n); for (int i = 0; i < n; i++) mixd(rd[i]);
        d2f(rf, f64, n); for (int i = 0; i < n; i++) mixf(rf[i]);
        printf(" fromfp %016llx\n", (unsigned long long)h);
    }
    printf("u64 %016llx\n", (unsigned long long)bytes_as_u64((v8qu){1, 2, 3, 4, 0xF5, 0xE6, 0xD7, 0xC8}));
    v4hi sh = u64_as_shorts(0x8001FFFF12347FFFull);
    printf("shorts %d %d %d %d\n", sh[0], sh[1], sh[2], sh[3]);
    printf("dbl %.17g\n", ints_as_double(0x54442D18, 0x400921FB));
    v2sf fl = double_as_floats(1.0000001192092896);
    printf("floats %a %a\n", fl[0], fl[1]);
    v2di dl = doubles_as_longs((v2df){-0.0, 1.5});
    printf("longs %016llx %016llx\n", (unsigned long long)dl[0], (unsigned long long)dl[1]);
    v4si il = longs_as_ints((v2di){0x0000000100000002LL, -3LL});
    printf("ints %d %d %d %d\n", il[0], il[1], il[2], il[3]);
    int sg[8] = {1, -1, 5, 0, 7, 8, -9, 10};
    printf("mask %02x\n", mask_bits(sg));
    return 0;
}
