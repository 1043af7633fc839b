/* fft: iterative radix-2 complex FFT in single precision, forward and inverse, repeated. */
#define BENCH_NAME "fft"
#include "bench.h"
#include <math.h>

static void fft(int n, float *re, float *im, const float *wr, const float *wi, int inverse) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { float t = re[i]; re[i] = re[j]; re[j] = t; t = im[i]; im[i] = im[j]; im[j] = t; }
    }
    for (int len = 2; len <= n; len <<= 1) {
        int step = n / len;
        for (int i = 0; i < n; i += len)
            for (int k = 0; k < len / 2; k++) {
                float cr = wr[k * step], ci = inverse ? -wi[k * step] : wi[k * step];
                int a = i + k, b = i + k + len / 2;
                float xr = re[b] * cr - im[b] * ci, xi = re[b] * ci + im[b] * cr;
                re[b] = re[a] - xr; im[b] = im[a] - xi;
                re[a] += xr; im[a] += xi;
            }
    }
    if (inverse) for (int i = 0; i < n; i++) { re[i] /= n; im[i] /= n; }
}

static double bench_work(int reps) {
    enum { N = 1 << 14 };
    float *re = malloc(N * sizeof(float)), *im = malloc(N * sizeof(float));
    float *wr = malloc(N / 2 * sizeof(float)), *wi = malloc(N / 2 * sizeof(float));
    for (int k = 0; k < N / 2; k++) {
        /* twiddles from exact rational points on the circle are not needed: the result is
         * rounded to 6 decimals, far above libm's last-bit differences */
        wr[k] = (float)cos(-2.0 * 3.141592653589793 * k / N);
        wi[k] = (float)sin(-2.0 * 3.141592653589793 * k / N);
    }
    uint32_t seed = 7;
    for (int i = 0; i < N; i++) { seed = seed * 1664525u + 1013904223u; re[i] = (float)(seed >> 8) / 16777216.0f - 0.5f; im[i] = 0; }
    double energy = 0;
    for (int r = 0; r < reps; r++) {
        fft(N, re, im, wr, wi, 0);
        energy += (double)(re[1] * re[1] + im[1] * im[1]);
        fft(N, re, im, wr, wi, 1);
    }
    double s = 0;
    for (int i = 0; i < N; i++) s += re[i];
    free(re); free(im); free(wr); free(wi);
    return energy / reps + s;
}
