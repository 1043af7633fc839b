/* Loops the vectoriser handles with interleaved (strided) accesses, induction vectors, reversed traversal and predicated stores: complex numbers, RGB pixels, (de)interleaving, index arithmetic. */
#include <stdio.h>
#include <stdint.h>
#define N 211
struct cplx { float re, im; };
struct rgb { uint8_t r, g, b; };
static struct cplx ca[N], cb[N], cr[N];
static struct rgb px[N];
static uint8_t gray[N];
static int32_t xs[N], ys[N], xy[2 * N], idx[N], rev[N];
static int64_t li[N];
static double dd[N];

__attribute__((noinline)) static void cmul(struct cplx *r, const struct cplx *a, const struct cplx *b, int n) {
    for (int i = 0; i < n; i++) { float re = a[i].re * b[i].re - a[i].im * b[i].im; float im = a[i].re * b[i].im + a[i].im * b[i].re; r[i].re = re; r[i].im = im; }
}
__attribute__((noinline)) static void to_gray(uint8_t *g, const struct rgb *p, int n) { for (int i = 0; i < n; i++) g[i] = (uint8_t)((p[i].r * 77u + p[i].g * 150u + p[i].b * 29u) >> 8); }
__attribute__((noinline)) static void interleave(int32_t *d, const int32_t *x, const int32_t *y, int n) { for (int i = 0; i < n; i++) { d[2 * i] = x[i]; d[2 * i + 1] = y[i] - x[i]; } }
__attribute__((noinline)) static void deinterleave(int32_t *x, int32_t *y, const int32_t *s, int n) { for (int i = 0; i < n; i++) { x[i] = s[2 * i] * 3; y[i] = s[2 * i + 1] ^ s[2 * i]; } }
__attribute__((noinline)) static void iota(int32_t *d, int n, int start, int step) { for (int i = 0; i < n; i++) d[i] = start + i * step; }
__attribute__((noinline)) static void iota64(int64_t *d, int n) { for (int i = 0; i < n; i++) d[i] = (int64_t)i * i - 7 * i; }
__attribute__((noinline)) static void iotad(double *d, int n) { for (int i = 0; i < n; i++) d[i] = i * 0.25 - 3.0; }
__attribute__((noinline)) static void reverse(int32_t *d, const int32_t *s, int n) { for (int i = 0; i < n; i++) d[i] = s[n - 1 - i]; }
__attribute__((noinline)) static void cond_store(int32_t *d, const int32_t *s, int n) { for (int i = 0; i < n; i++) if (s[i] & 4) d[i] = s[i] * 5; }
__attribute__((noinline)) static float cabs2_sum(const struct cplx *a, int n) { float s = 0; for (int i = 0; i < n; i++) s += a[i].re * a[i].re + a[i].im * a[i].im; return s; }
__attribute__((noinline)) static void brighten(struct rgb *p, int n, uint8_t k) { for (int i = 0; i < n; i++) { unsigned v = p[i].g + k; p[i].g = (uint8_t)(v > 255 ? 255 : v); p[i].b = (uint8_t)(p[i].b >> 1); } }

static uint64_t h;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001B3ull; }

int main(void) {
    uint32_t s = 777;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        ca[i].re = (float)((int)(s >> 20) - 2048) / 256.0f; ca[i].im = (float)((int)((s >> 8) & 4095) - 2048) / 512.0f;
        cb[i].re = (float)(i % 13) - 6.0f; cb[i].im = (float)(i % 7) * 0.5f;
        px[i].r = (uint8_t)s; px[i].g = (uint8_t)(s >> 8); px[i].b = (uint8_t)(s >> 16);
        xs[i] = (int32_t)(s >> 5) % 1000; ys[i] = (int32_t)(s % 777) - 300;
    }
    for (int n = 1; n <= N; n = n * 2 + 3) {
        h = 1469598103934665603ull;
        cmul(cr, ca, cb, n); for (int i = 0; i < n; i++) { union { float f; uint32_t u; } a = { cr[i].re }, b = { cr[i].im }; mix(a.u); mix(b.u); }
        to_gray(gray, px, n); for (int i = 0; i < n; i++) mix(gray[i]);
        interleave(xy, xs, ys, n); for (int i = 0; i < 2 * n; i++) mix((uint64_t)xy[i]);
        deinterleave(idx, rev, xy, n); for (int i = 0; i < n; i++) { mix((uint64_t)idx[i]); mix((uint64_t)rev[i]); }
        iota(idx, n, -50, 3); for (int i = 0; i < n; i++) mix((uint64_t)idx[i]);
        iota64(li, n); for (int i = 0; i < n; i++) mix((uint64_t)li[i]);
        iotad(dd, n); for (int i = 0; i < n; i++) mix((uint64_t)(int64_t)(dd[i] * 4));
        reverse(rev, xs, n); for (int i = 0; i < n; i++) mix((uint64_t)rev[i]);
        cond_store(rev, ys, n); for (int i = 0; i < n; i++) mix((uint64_t)rev[i]);
        printf("n=%d %016llx %.6g\n", n, (unsigned long long)h, (double)cabs2_sum(cr, n));
    }
    brighten(px, N, 100);
    unsigned g = 0, b = 0;
    for (int i = 0; i < N; i++) { g += px[i].g; b += px[i].b; }
    printf("bright %u %u\n", g, b);
    return 0;
}
