/* Checks Kahn's topological sort with deterministic ordering, cycle detection, and union-find based Kruskal MST. */
#include <stdio.h>
#include <stdlib.h>
static int parent[32], rnk[32];
static int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
static int unite(int a, int b) { a = find(a); b = find(b); if (a == b) return 0; if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; } parent[b] = a; if (rnk[a] == rnk[b]) rnk[a]++; return 1; }
typedef struct { int u, v, w; } E;
static int cmpe(const void *a, const void *b) { const E *x = a, *y = b; if (x->w != y->w) return x->w - y->w; if (x->u != y->u) return x->u - y->u; return x->v - y->v; }
static void topo(int n, int (*ed)[2], int m) { int indeg[16] = {0}, used[16] = {0}, cnt = 0; for (int i = 0; i < m; i++) indeg[ed[i][1]]++;
    printf("order:"); for (;;) { int pick = -1; for (int v = 0; v < n; v++) if (!used[v] && indeg[v] == 0) { pick = v; break; } if (pick < 0) break; used[pick] = 1; cnt++; printf(" %d", pick); for (int i = 0; i < m; i++) if (ed[i][0] == pick) indeg[ed[i][1]]--; }
    printf("%s\n", cnt == n ? "" : " (cycle!)"); }
int main(void) {
    int e1[][2] = {{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}, {6, 5}, {7, 6}, {7, 4}}; topo(8, e1, 9);
    int e2[][2] = {{0, 1}, {1, 2}, {2, 0}, {3, 0}}; topo(4, e2, 4);
    E es[] = {{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}};
    int m = sizeof es / sizeof es[0]; qsort(es, (size_t)m, sizeof es[0], cmpe);
    for (int i = 0; i < 7; i++) { parent[i] = i; rnk[i] = 0; }
    int tot = 0; printf("mst:"); for (int i = 0; i < m; i++) if (unite(es[i].u, es[i].v)) { tot += es[i].w; printf(" %d-%d(%d)", es[i].u, es[i].v, es[i].w); } printf(" total=%d\n", tot);
    for (int i = 0; i < 32; i++) { parent[i] = i; rnk[i] = 0; } for (int i = 0; i < 32; i++) unite(i, (i * 7 + 3) % 32 / 4 * 4);
    int comps = 0; for (int i = 0; i < 32; i++) comps += find(i) == i; printf("components=%d\n", comps);
    return 0;
}
