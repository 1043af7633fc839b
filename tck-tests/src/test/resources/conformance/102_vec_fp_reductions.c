/* Checks float/double loops clang may vectorise: element-wise ops, sum (strict order), min/max, dot products. */
#include <stdio.h>
#define N 517
static float fa[N], fb[N], fc[N]; static double da[N], db[N], dc[N];
__attribute__((noinline)) static void axpy(float a, const float *x, float *y, int n) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
__attribute__((noinline)) static void dmul(const double *x, const double *y, double *z, int n) { for (int i = 0; i < n; i++) z[i] = x[i] * y[i] - 0.5; }
__attribute__((noinline)) static float fsum(const float *a, int n) { float s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static double dsum(const double *a, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static double ddot(const double *a, const double *b, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
__attribute__((noinline)) static float fmaxv(const float *a, int n) { float m = a[0]; for (int i = 1; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
__attribute__((noinline)) static double dminv(const double *a, int n) { double m = a[0]; for (int i = 1; i < n; i++) if (a[i] < m) m = a[i]; return m; }
__attribute__((noinline)) static void clampf(float *a, int n, float lo, float hi) { for (int i = 0; i < n; i++) { float v = a[i]; v = v < lo ? lo : v; v = v > hi ? hi : v; a[i] = v; } }
__attribute__((noinline)) static void i2d(const int *a, double *d, int n) { for (int i = 0; i < n; i++) d[i] = a[i] * 0.25; }
__attribute__((noinline)) static void d2i(const double *d, int *a, int n) { for (int i = 0; i < n; i++) a[i] = (int)(d[i] * 3.0); }
int main(void) {
    for (int i = 0; i < N; i++) { fa[i] = (float)((i * 37) % 101) / 7.0f - 5.0f; fb[i] = (float)i * 0.01f; da[i] = ((i * 53) % 97) / 3.0 - 10.0; db[i] = 1.0 / (i + 1); }
    axpy(1.5f, fa, fb, N); dmul(da, db, dc, N);
    printf("fsum=%.9g dsum=%.17g dot=%.17g\n", (double)fsum(fb, N), dsum(dc, N), ddot(da, db, N));
    printf("fmax=%.9g dmin=%.17g\n", (double)fmaxv(fb, N), dminv(dc, N));
    for (int i = 0; i < N; i++) fc[i] = fa[i] * 2.0f; clampf(fc, N, -3.0f, 3.5f); printf("clamped sum=%.9g\n", (double)fsum(fc, N));
    int ia[N], ib[N]; for (int i = 0; i < N; i++) ia[i] = i * 7 - 1000; double tmp[N]; i2d(ia, tmp, N); d2i(tmp, ib, N);
    long s = 0; for (int i = 0; i < N; i++) s += ib[i]; printf("roundtrip sum=%ld\n", s);
    for (int i = 0; i < N; i += 64) printf("%.6g/%.12g ", (double)fb[i], dc[i]); printf("\n");
    return 0;
}
