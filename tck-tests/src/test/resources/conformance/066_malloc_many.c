/* Checks malloc/calloc/realloc/free of many blocks with content verification. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    enum { N = 1000 };
    unsigned char *blocks[N]; size_t sizes[N];
    for (int i = 0; i < N; i++) { sizes[i] = (size_t)(i * 37 % 500 + 1); blocks[i] = malloc(sizes[i]); memset(blocks[i], i & 0xFF, sizes[i]); }
    for (int i = 0; i < N; i += 2) { free(blocks[i]); blocks[i] = NULL; }
    for (int i = 0; i < N; i += 2) { sizes[i] = (size_t)(i % 97 + 3); blocks[i] = calloc(sizes[i], 1); }
    long zeros = 0; for (int i = 0; i < N; i += 2) for (size_t k = 0; k < sizes[i]; k++) zeros += blocks[i][k] == 0;
    printf("zeros=%ld\n", zeros);
    int bad = 0; for (int i = 1; i < N; i += 2) for (size_t k = 0; k < sizes[i]; k++) if (blocks[i][k] != (i & 0xFF)) bad++;
    printf("bad=%d\n", bad);
    for (int i = 1; i < N; i += 2) { size_t ns = sizes[i] * 3; blocks[i] = realloc(blocks[i], ns); memset(blocks[i] + sizes[i], 0x5A, ns - sizes[i]); sizes[i] = ns; }
    unsigned long sum = 0; for (int i = 0; i < N; i++) for (size_t k = 0; k < sizes[i]; k++) sum += blocks[i][k];
    printf("sum=%lu\n", sum);
    for (int i = 0; i < N; i++) free(blocks[i]);
    char *s = NULL; size_t len = 0;
    for (int i = 0; i < 100; i++) { char tmp[16]; int w = snprintf(tmp, sizeof tmp, "%d;", i); s = realloc(s, len + (size_t)w + 1); memcpy(s + len, tmp, (size_t)w + 1); len += (size_t)w; }
    printf("len=%zu tail=%s\n", len, s + len - 12); free(s);
    int *z = calloc(1000, sizeof *z); long zs = 0; for (int i = 0; i < 1000; i++) zs += z[i]; printf("calloc sum=%ld\n", zs); free(z);
    void *p0 = realloc(NULL, 10); printf("realloc(NULL) ok=%d\n", p0 != NULL); free(p0);
    free(NULL); printf("free(NULL) ok\n");
    double **mat = malloc(50 * sizeof *mat); for (int i = 0; i < 50; i++) { mat[i] = malloc(50 * sizeof **mat); for (int j = 0; j < 50; j++) mat[i][j] = i * 0.5 + j; }
    double tr = 0; for (int i = 0; i < 50; i++) tr += mat[i][i]; printf("trace=%g\n", tr);
    for (int i = 0; i < 50; i++) free(mat[i]); free(mat);
    return 0;
}
