/* Checks hand-written sorting algorithms (insertion, merge, quick, heap, shell, counting) agree on the same data. */
#include <stdio.h>
#include <string.h>
#define N 300
static void insertion(int *a, int n) { for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
static void merge_rec(int *a, int *tmp, int lo, int hi) { if (hi - lo < 2) return; int mid = (lo + hi) / 2; merge_rec(a, tmp, lo, mid); merge_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo; while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++]; while (i < mid) tmp[k++] = a[i++]; while (j < hi) tmp[k++] = a[j++]; memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a); }
static void quick(int *a, int lo, int hi) { if (lo >= hi) return; int p = a[(lo + hi) / 2], i = lo, j = hi; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } } quick(a, lo, j); quick(a, i, hi); }
static void sift(int *a, int n, int i) { for (;;) { int l = 2 * i + 1, r = l + 1, m = i; if (l < n && a[l] > a[m]) m = l; if (r < n && a[r] > a[m]) m = r; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; } }
static void heap(int *a, int n) { for (int i = n / 2 - 1; i >= 0; i--) sift(a, n, i); for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, e, 0); } }
static void shell(int *a, int n) { for (int g = n / 2; g > 0; g /= 2) for (int i = g; i < n; i++) { int v = a[i], j = i; while (j >= g && a[j - g] > v) { a[j] = a[j - g]; j -= g; } a[j] = v; } }
static void counting(int *a, int n) { int cnt[1000] = {0}; for (int i = 0; i < n; i++) cnt[a[i]]++; int k = 0; for (int v = 0; v < 1000; v++) while (cnt[v]--) a[k++] = v; }
static unsigned hash(const int *a, int n) { unsigned h = 17; for (int i = 0; i < n; i++) h = h * 31 + (unsigned)a[i]; return h; }
int main(void) {
    int src[N]; unsigned s = 12345; for (int i = 0; i < N; i++) { s = s * 1103515245u + 12345u; src[i] = (int)((s >> 16) % 1000); }
    int a[N], tmp[N];
    memcpy(a, src, sizeof a); insertion(a, N); printf("insertion %u %d %d\n", hash(a, N), a[0], a[N - 1]);
    memcpy(a, src, sizeof a); merge_rec(a, tmp, 0, N); printf("merge     %u\n", hash(a, N));
    memcpy(a, src, sizeof a); quick(a, 0, N - 1); printf("quick     %u\n", hash(a, N));
    memcpy(a, src, sizeof a); heap(a, N); printf("heap      %u\n", hash(a, N));
    memcpy(a, src, sizeof a); shell(a, N); printf("shell     %u\n", hash(a, N));
    memcpy(a, src, sizeof a); counting(a, N); printf("counting  %u\n", hash(a, N));
    for (int i = 0; i < N; i += 15) printf("%d ", a[i]); printf("\n");
    return 0;
}
