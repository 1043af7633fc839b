/* matmul: dense double matrix multiply, i-k-j loop order. */
#define BENCH_NAME "matmul"
#include "bench.h"

static double bench_work(int n) {
    double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n), *c = calloc((size_t)n * n, sizeof(double));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { a[i * n + j] = (double)((i * 7 + j * 3) % 17) / 17.0; b[i * n + j] = (double)((i * 5 + j * 11) % 13) / 13.0; }
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    double trace = 0, sum = 0;
    for (int i = 0; i < n; i++) { trace += c[i * n + i]; for (int j = 0; j < n; j++) sum += c[i * n + j]; }
    free(a); free(b); free(c);
    return trace + sum / n;
}
