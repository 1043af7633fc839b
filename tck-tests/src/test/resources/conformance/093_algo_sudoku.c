/* Checks a backtracking sudoku solver on a fixed puzzle, printing the solved grid and validity. */
#include <stdio.h>
static int g[9][9];
static int can(int r, int c, int v) { for (int i = 0; i < 9; i++) if (g[r][i] == v || g[i][c] == v) return 0;
    int br = r / 3 * 3, bc = c / 3 * 3; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) if (g[br + i][bc + j] == v) return 0; return 1; }
static long nodes;
static int solve(void) { for (int r = 0; r < 9; r++) for (int c = 0; c < 9; c++) if (!g[r][c]) { for (int v = 1; v <= 9; v++) if (can(r, c, v)) { nodes++; g[r][c] = v; if (solve()) return 1; g[r][c] = 0; } return 0; } return 1; }
static int valid(void) { for (int i = 0; i < 9; i++) { int rm = 0, cm = 0, bm = 0; for (int j = 0; j < 9; j++) { rm |= 1 << g[i][j]; cm |= 1 << g[j][i]; bm |= 1 << g[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3]; } if (rm != 0x3FE || cm != 0x3FE || bm != 0x3FE) return 0; } return 1; }
int main(void) {
    const char *puz = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    for (int i = 0; i < 81; i++) g[i / 9][i % 9] = puz[i] - '0';
    int r = solve();
    printf("solved=%d valid=%d nodes=%ld\n", r, valid(), nodes);
    for (int i = 0; i < 9; i++) { for (int j = 0; j < 9; j++) printf("%d%s", g[i][j], j % 3 == 2 && j < 8 ? " | " : " "); printf("\n"); if (i % 3 == 2 && i < 8) printf("------+-------+------\n"); }
    return 0;
}
