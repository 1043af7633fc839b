/* Checks Dijkstra's shortest paths on a small weighted digraph with path reconstruction, plus BFS and Floyd-Warshall agreement. */
#include <stdio.h>
#include <limits.h>
#define V 9
static int w[V][V];
int main(void) {
    int edges[][3] = {{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}};
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++) { w[edges[i][0]][edges[i][1]] = edges[i][2]; w[edges[i][1]][edges[i][0]] = edges[i][2]; }
    int dist[V], prev[V], done[V];
    for (int i = 0; i < V; i++) { dist[i] = INT_MAX; prev[i] = -1; done[i] = 0; } dist[0] = 0;
    for (int it = 0; it < V; it++) { int u = -1; for (int i = 0; i < V; i++) if (!done[i] && dist[i] != INT_MAX && (u < 0 || dist[i] < dist[u])) u = i; if (u < 0) break; done[u] = 1;
        for (int v = 0; v < V; v++) if (w[u][v] && dist[u] + w[u][v] < dist[v]) { dist[v] = dist[u] + w[u][v]; prev[v] = u; } }
    for (int i = 0; i < V; i++) { printf("0->%d dist=%2d path:", i, dist[i]); int path[V], n = 0; for (int x = i; x >= 0; x = prev[x]) path[n++] = x; while (n) printf(" %d", path[--n]); printf("\n"); }
    int d[V][V]; for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) d[i][j] = i == j ? 0 : w[i][j] ? w[i][j] : 1000000;
    for (int k = 0; k < V; k++) for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
    int agree = 1; for (int i = 0; i < V; i++) if (d[0][i] != dist[i]) agree = 0; printf("floyd agrees=%d diameter=", agree);
    int dia = 0; for (int i = 0; i < V; i++) for (int j = 0; j < V; j++) if (d[i][j] > dia) dia = d[i][j]; printf("%d\n", dia);
    int q[V], h = 0, t = 0, hop[V]; for (int i = 0; i < V; i++) hop[i] = -1; hop[4] = 0; q[t++] = 4;
    while (h < t) { int u = q[h++]; for (int v = 0; v < V; v++) if (w[u][v] && hop[v] < 0) { hop[v] = hop[u] + 1; q[t++] = v; } }
    printf("bfs hops from 4:"); for (int i = 0; i < V; i++) printf(" %d", hop[i]); printf("\n");
    return 0;
}
