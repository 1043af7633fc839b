/* Checks multi-dimensional arrays, row-major layout, passing 2D arrays to functions and sizeof. */
#include <stdio.h>
#define R 4
#define C 5
static int sum2(int m[][C], int rows) { int s = 0; for (int i = 0; i < rows; i++) for (int j = 0; j < C; j++) s += m[i][j]; return s; }
static void transpose(int in[R][C], int out[C][R]) { for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) out[j][i] = in[i][j]; }
int main(void) {
    int m[R][C];
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) m[i][j] = i * 10 + j;
    printf("sum=%d sizeof=%zu row=%zu\n", sum2(m, R), sizeof m, sizeof m[0]);
    int *flat = &m[0][0]; for (int k = 0; k < R * C; k += 3) printf("%d ", flat[k]); printf("\n");
    int t[C][R]; transpose(m, t);
    for (int i = 0; i < C; i++) { for (int j = 0; j < R; j++) printf("%3d", t[i][j]); printf("\n"); }
    int cube[3][3][3] = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, {{10}}, {[2] = {[2] = 27}}};
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) { for (int k = 0; k < 3; k++) printf("%d,", cube[i][j][k]); printf(" "); }
    printf("\n");
    char names[3][8] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; i++) printf("%s(%zu) ", names[i], sizeof names[i]); printf("\n");
    int (*rowp)[C] = m; rowp++; printf("%d %d\n", (*rowp)[2], rowp[1][4]);
    int jag[] = {5, 4, 3, 2, 1}; printf("%zu\n", sizeof jag / sizeof *jag);
    int id[6][6] = {0}; for (int i = 0; i < 6; i++) id[i][i] = 1;
    int tr = 0; for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) tr += id[i][j] * (i + 1); printf("tr=%d\n", tr);
    return 0;
}
