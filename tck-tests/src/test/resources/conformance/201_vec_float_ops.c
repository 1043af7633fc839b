/* Element-wise float and double loops the vectorisers turn into vector arithmetic: fneg, fabs, floor/ceil/trunc/rint, fmin/fmax, copysign, conversions, compares with selects. */
#include <stdio.h>
#include <math.h>
#define N 203
static float fa[N], fb[N], fr[N];
static double da[N], db[N], dr[N];

__attribute__((noinline)) static void axpy_f(float *r, const float *a, const float *b, float k, int n) { for (int i = 0; i < n; i++) r[i] = a[i] * k + b[i]; }
__attribute__((noinline)) static void neg_d(double *r, const double *a, int n) { for (int i = 0; i < n; i++) r[i] = -a[i]; }
__attribute__((noinline)) static void abs_f(float *r, const float *a, int n) { for (int i = 0; i < n; i++) r[i] = fabsf(a[i]); }
__attribute__((noinline)) static void round_d(double *r, const double *a, int n, int mode) {
    switch (mode) {
        case 0: for (int i = 0; i < n; i++) r[i] = floor(a[i]); break;
        case 1: for (int i = 0; i < n; i++) r[i] = ceil(a[i]); break;
        case 2: for (int i = 0; i < n; i++) r[i] = trunc(a[i]); break;
        case 3: for (int i = 0; i < n; i++) r[i] = rint(a[i]); break;
        default: for (int i = 0; i < n; i++) r[i] = nearbyint(a[i]); break;
    }
}
__attribute__((noinline)) static void floor_f(float *r, const float *a, int n) { for (int i = 0; i < n; i++) r[i] = floorf(a[i]) + ceilf(a[i]); }
__attribute__((noinline)) static void minmax_d(double *r, const double *a, const double *b, int n) { for (int i = 0; i < n; i++) r[i] = fmax(a[i], b[i]) - fmin(a[i], b[i]); }
__attribute__((noinline)) static void sign_f(float *r, const float *a, const float *b, int n) { for (int i = 0; i < n; i++) r[i] = copysignf(a[i], b[i]); }
__attribute__((noinline)) static void clamp_f(float *r, const float *a, float lo, float hi, int n) { for (int i = 0; i < n; i++) { float x = a[i]; r[i] = x < lo ? lo : x > hi ? hi : x; } }
__attribute__((noinline)) static void div_d(double *r, const double *a, const double *b, int n) { for (int i = 0; i < n; i++) r[i] = a[i] / (b[i] + 100.0); }
__attribute__((noinline)) static void widen(double *r, const float *a, int n) { for (int i = 0; i < n; i++) r[i] = (double)a[i] * 0.1; }
__attribute__((noinline)) static void narrow(float *r, const double *a, int n) { for (int i = 0; i < n; i++) r[i] = (float)(a[i] / 3.0); }
__attribute__((noinline)) static double dot_d(const double *a, const double *b, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
__attribute__((noinline)) static int count_gt(const float *a, const float *b, int n) { int c = 0; for (int i = 0; i < n; i++) c += a[i] > b[i]; return c; }

static unsigned long checksum_f(const float *a, int n) { unsigned long h = 0; for (int i = 0; i < n; i++) { union { float f; unsigned u; } v = { a[i] }; h = h * 31 + v.u; } return h; }
static unsigned long checksum_d(const double *a, int n) { unsigned long h = 0; for (int i = 0; i < n; i++) { union { double d; unsigned long u; } v = { a[i] }; h = h * 31 + v.u; } return h; }

int main(void) {
    unsigned s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        fa[i] = (float)((int)(s >> 8) % 20001 - 10000) / 64.0f;
        s = s * 1103515245u + 12345u;
        fb[i] = (float)((int)(s >> 8) % 2001 - 1000) / 8.0f;
        da[i] = (double)fa[i] * 1.75 + 0.5;
        db[i] = (double)fb[i] - 0.25;
    }
    for (int n = 1; n <= N; n = n * 3 + 2) {
        axpy_f(fr, fa, fb, 0.1f, n); printf("n=%d axpy %lx", n, checksum_f(fr, n));
        neg_d(dr, da, n); printf(" neg %lx", checksum_d(dr, n));
        abs_f(fr, fa, n); printf(" abs %lx", checksum_f(fr, n));
        for (int m = 0; m < 5; m++) { round_d(dr, da, n, m); printf(" r%d %lx", m, checksum_d(dr, n)); }
        floor_f(fr, fa, n); printf(" fl %lx\n", checksum_f(fr, n));
        minmax_d(dr, da, db, n); printf("  mm %lx", checksum_d(dr, n));
        sign_f(fr, fa, fb, n); printf(" cs %lx", checksum_f(fr, n));
        clamp_f(fr, fa, -20.0f, 30.5f, n); printf(" cl %lx", checksum_f(fr, n));
        div_d(dr, da, db, n); printf(" div %lx", checksum_d(dr, n));
        widen(dr, fa, n); printf(" wd %lx", checksum_d(dr, n));
        narrow(fr, da, n); printf(" nr %lx", checksum_f(fr, n));
        printf(" dot %.17g gt %d\n", dot_d(da, db, n), count_gt(fa, fb, n));
    }
    printf("sample %.9g %.9g %.17g %.17g\n", fr[5], fa[7], dr[9], da[11]);
    return 0;
}
