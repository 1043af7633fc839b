/* Checks reading an unknown count of numbers from stdin with scanf into a growing malloc buffer, then sorting and stats. */
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { long x = *(const long *)a, y = *(const long *)b; return (x > y) - (x < y); }
int main(void) {
    size_t cap = 4, n = 0; long *v = malloc(cap * sizeof *v); long x;
    while (scanf("%ld", &x) == 1) { if (n == cap) { cap *= 2; v = realloc(v, cap * sizeof *v); } v[n++] = x; }
    qsort(v, n, sizeof *v, cmp);
    long sum = 0; for (size_t i = 0; i < n; i++) sum += v[i];
    printf("n=%zu min=%ld max=%ld sum=%ld median=%ld\n", n, v[0], v[n - 1], sum, v[n / 2]);
    for (size_t i = 0; i < n; i++) printf("%ld%c", v[i], i + 1 == n ? '\n' : ' ');
    size_t uniq = 0; for (size_t i = 0; i < n; i++) if (i == 0 || v[i] != v[i - 1]) uniq++; printf("unique=%zu\n", uniq);
    free(v); return 0;
}
