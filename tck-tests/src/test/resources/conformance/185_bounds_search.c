/* Checks lower_bound/upper_bound binary searches on sorted arrays with duplicates, and sorted insertion via memmove. */
#include <stdio.h>
#include <string.h>
static int lower(const int *a, int n, int x) { int lo = 0, hi = n; while (lo < hi) { int m = lo + (hi - lo) / 2; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }
static int upper(const int *a, int n, int x) { int lo = 0, hi = n; while (lo < hi) { int m = lo + (hi - lo) / 2; if (a[m] <= x) lo = m + 1; else hi = m; } return lo; }
int main(void) {
    int a[64]; int n = 0; unsigned s = 9;
    for (int i = 0; i < 40; i++) { s = s * 1664525u + 1013904223u; int v = (int)(s >> 27); int pos = upper(a, n, v); memmove(a + pos + 1, a + pos, (size_t)(n - pos) * sizeof a[0]); a[pos] = v; n++; }
    for (int i = 0; i < n; i++) printf("%d ", a[i]); printf("\n");
    for (int x = -1; x <= 32; x += 3) printf("x=%d lower=%d upper=%d count=%d\n", x, lower(a, n, x), upper(a, n, x), upper(a, n, x) - lower(a, n, x));
    int sorted = 1; for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) sorted = 0; printf("sorted=%d\n", sorted);
    return 0;
}
