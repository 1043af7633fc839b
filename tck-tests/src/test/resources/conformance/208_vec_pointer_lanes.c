/* Loops that vectorise over pointer lanes: tables of element and field addresses (vector getelementptr), pointer differences, pointer compares and selects, then use of the stored pointers. */
#include <stdio.h>
#include <stdint.h>
#define N 96
struct rec { int key; double weight; char tag[3]; };
static int arr[N];
static int *ptrs[N];
static struct rec recs[N];
static double *wptr[N];
static char *tptr[N];
static long diffs[N];

__attribute__((noinline)) static void scatter_table(int n) { for (int i = 0; i < n; i++) ptrs[i] = &arr[(i * 37) % N]; }
__attribute__((noinline)) static void field_table(int n) { for (int i = 0; i < n; i++) { wptr[i] = &recs[i].weight; tptr[i] = &recs[n - 1 - i].tag[1]; } }
__attribute__((noinline)) static void strided(int **p, int *base, int n) { for (int i = 0; i < n; i++) p[i] = base + 2 * i + 1; }
__attribute__((noinline)) static long pdiff(int *const *p, const int *base, long *out, int n) { long s = 0; for (int i = 0; i < n; i++) { out[i] = p[i] - base; s += out[i]; } return s; }
__attribute__((noinline)) static void pick(int **out, int *const *x, int *const *y, int n) { for (int i = 0; i < n; i++) out[i] = x[i] < y[i] ? x[i] : y[i]; }
__attribute__((noinline)) static int count_before(int *const *p, const int *mid, int n) { int c = 0; for (int i = 0; i < n; i++) c += p[i] < mid; return c; }
__attribute__((noinline)) static uintptr_t low_bits(int *const *p, int n) { uintptr_t m = 0; for (int i = 0; i < n; i++) m |= (uintptr_t)p[i] & 15; return m; }

int main(void) {
    for (int i = 0; i < N; i++) { arr[i] = i * i - 50; recs[i].key = i; recs[i].weight = i * 0.5; recs[i].tag[0] = 'a'; recs[i].tag[1] = (char)('A' + i % 26); recs[i].tag[2] = 0; }
    scatter_table(N);
    long s = 0;
    for (int i = 0; i < N; i++) s += *ptrs[i] * (i + 1);
    printf("scatter %ld %ld\n", s, pdiff(ptrs, arr, diffs, N));
    printf("diffs %ld %ld %ld\n", diffs[1], diffs[50], diffs[95]);
    field_table(N);
    double w = 0; int t = 0;
    for (int i = 0; i < N; i++) { w += *wptr[i]; t += *tptr[i]; }
    printf("fields %.2f %d %td\n", w, t, (char *)wptr[10] - (char *)&recs[0]);
    static int *q[N / 2];
    strided(q, arr, N / 2);
    printf("strided %ld", pdiff(q, arr, diffs, N / 2));
    printf(" %d\n", *q[7]);
    static int *m[N / 2];
    pick(m, ptrs, q, N / 2);
    printf("pick %ld", pdiff(m, arr, diffs, N / 2));
    printf(" before %d", count_before(ptrs, &arr[N / 2], N));
    printf(" low %lu\n", (unsigned long)(low_bits(q, N / 2) & 3));
    return 0;
}
