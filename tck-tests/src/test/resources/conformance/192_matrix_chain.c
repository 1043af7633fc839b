/* Checks matrix-chain multiplication DP with reconstructed parenthesisation, and the rod-cutting DP with chosen cuts. */
#include <stdio.h>
#include <limits.h>
static long m[12][12]; static int sp[12][12];
static void paren(int i, int j) { if (i == j) { printf("A%d", i + 1); return; } printf("("); paren(i, sp[i][j]); paren(sp[i][j] + 1, j); printf(")"); }
int main(void) {
    int dims[][8] = {{30, 35, 15, 5, 10, 20, 25, 0}, {10, 20, 30, 40, 30, 0}, {40, 20, 30, 10, 30, 0}, {5, 10, 3, 12, 5, 50, 6, 0}};
    for (int t = 0; t < 4; t++) { int n = 0; while (dims[t][n + 1]) n++;
        for (int i = 0; i < n; i++) m[i][i] = 0;
        for (int len = 2; len <= n; len++) for (int i = 0; i + len - 1 < n; i++) { int j = i + len - 1; m[i][j] = LONG_MAX;
            for (int k = i; k < j; k++) { long c = m[i][k] + m[k + 1][j] + (long)dims[t][i] * dims[t][k + 1] * dims[t][j + 1]; if (c < m[i][j]) { m[i][j] = c; sp[i][j] = k; } } }
        printf("chain %d: n=%d cost=%ld ", t, n, m[0][n - 1]); paren(0, n - 1); printf("\n"); }
    int price[] = {0, 1, 5, 8, 9, 10, 17, 17, 20, 24, 30}; int best[11] = {0}, cut[11] = {0};
    for (int L = 1; L <= 10; L++) for (int c = 1; c <= L; c++) if (price[c] + best[L - c] > best[L]) { best[L] = price[c] + best[L - c]; cut[L] = c; }
    for (int L = 1; L <= 10; L++) { printf("rod %2d: %2d cuts:", L, best[L]); for (int r = L; r > 0; r -= cut[r]) printf(" %d", cut[r]); printf("\n"); }
    return 0;
}
