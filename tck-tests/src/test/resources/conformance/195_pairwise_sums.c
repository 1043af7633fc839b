/* Checks float/double summation orders written explicitly: sequential, reverse, pairwise and blocked sums give the documented different results. */
#include <stdio.h>
#define N 10000
static float fa[N]; static double da[N];
static float pair_f(const float *a, int n) { if (n <= 8) { float s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; } int h = n / 2; return pair_f(a, h) + pair_f(a + h, n - h); }
static double pair_d(const double *a, int n) { if (n <= 8) { double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; } int h = n / 2; return pair_d(a, h) + pair_d(a + h, n - h); }
int main(void) {
    for (int i = 0; i < N; i++) { fa[i] = 1.0f / (float)(i + 1) + (i % 7) * 0.001f; da[i] = 1.0 / ((double)i + 1.0) * ((i % 2) ? 1 : -1) + 1e-8 * i; }
    float fs = 0, fr = 0; for (int i = 0; i < N; i++) fs += fa[i]; for (int i = N - 1; i >= 0; i--) fr += fa[i];
    float fb[4] = {0, 0, 0, 0}; for (int i = 0; i < N; i += 4) for (int k = 0; k < 4; k++) fb[k] += fa[i + k]; float fblk = (fb[0] + fb[1]) + (fb[2] + fb[3]);
    printf("float seq=%.9g rev=%.9g pair=%.9g blk4=%.9g\n", (double)fs, (double)fr, (double)pair_f(fa, N), (double)fblk);
    double ds = 0, dr = 0; for (int i = 0; i < N; i++) ds += da[i]; for (int i = N - 1; i >= 0; i--) dr += da[i];
    double db[2] = {0, 0}; for (int i = 0; i < N; i += 2) { db[0] += da[i]; db[1] += da[i + 1]; }
    printf("double seq=%.17g rev=%.17g pair=%.17g blk2=%.17g\n", ds, dr, pair_d(da, N), db[0] + db[1]);
    double prod = 1; for (int i = 1; i <= 170; i++) prod *= i; printf("170!=%.17g\n", prod);
    float fprod = 1; for (int i = 1; i <= 34; i++) fprod *= (float)i; printf("34! float=%.9g\n", (double)fprod);
    return 0;
}
