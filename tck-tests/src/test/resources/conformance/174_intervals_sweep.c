/* Checks interval merging after sorting, sweep-line maximum overlap, and point-coverage queries. */
#include <stdio.h>
#include <stdlib.h>
typedef struct { int lo, hi; } Iv;
static int cmpiv(const void *a, const void *b) { const Iv *x = a, *y = b; return x->lo != y->lo ? (x->lo > y->lo) - (x->lo < y->lo) : (x->hi > y->hi) - (x->hi < y->hi); }
typedef struct { int t, d; } Ev;
static int cmpev(const void *a, const void *b) { const Ev *x = a, *y = b; return x->t != y->t ? (x->t > y->t) - (x->t < y->t) : x->d - y->d; }
int main(void) {
    Iv v[] = {{15, 18}, {1, 3}, {8, 10}, {2, 6}, {17, 20}, {9, 9}, {25, 30}, {0, 1}, {21, 24}, {24, 25}};
    int n = sizeof v / sizeof v[0]; qsort(v, (size_t)n, sizeof v[0], cmpiv);
    Iv m[10]; int k = 0; for (int i = 0; i < n; i++) { if (k && v[i].lo <= m[k - 1].hi) { if (v[i].hi > m[k - 1].hi) m[k - 1].hi = v[i].hi; } else m[k++] = v[i]; }
    printf("merged:"); for (int i = 0; i < k; i++) printf(" [%d,%d]", m[i].lo, m[i].hi); printf("\n");
    Ev ev[20]; for (int i = 0; i < n; i++) { ev[2 * i] = (Ev){v[i].lo, 1}; ev[2 * i + 1] = (Ev){v[i].hi, -1}; }
    qsort(ev, (size_t)(2 * n), sizeof ev[0], cmpev);
    int cur = 0, best = 0, at = 0; for (int i = 0; i < 2 * n; i++) { cur += ev[i].d; if (cur > best) { best = cur; at = ev[i].t; } } printf("max overlap %d at %d\n", best, at);
    int qs[] = {-1, 0, 5, 7, 9, 16, 19, 22, 31}; for (int i = 0; i < 9; i++) { int c = 0; for (int j = 0; j < n; j++) c += v[j].lo <= qs[i] && qs[i] <= v[j].hi; printf("%d:%d ", qs[i], c); } printf("\n");
    int total = 0; for (int i = 0; i < k; i++) total += m[i].hi - m[i].lo; printf("covered length=%d\n", total);
    return 0;
}
