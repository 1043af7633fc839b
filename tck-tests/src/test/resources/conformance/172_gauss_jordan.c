/* Checks Gauss-Jordan matrix inversion with partial pivoting and linear system solving (printed to 6 decimals). */
#include <stdio.h>
#include <math.h>
#define N 4
static int invert(double a[N][N], double inv[N][N]) { double m[N][2 * N];
    for (int i = 0; i < N; i++) for (int j = 0; j < 2 * N; j++) m[i][j] = j < N ? a[i][j] : (j - N == i);
    for (int c = 0; c < N; c++) { int p = c; for (int r = c + 1; r < N; r++) if (fabs(m[r][c]) > fabs(m[p][c])) p = r; if (fabs(m[p][c]) < 1e-12) return 0;
        for (int j = 0; j < 2 * N; j++) { double t = m[c][j]; m[c][j] = m[p][j]; m[p][j] = t; }
        double d = m[c][c]; for (int j = 0; j < 2 * N; j++) m[c][j] /= d;
        for (int r = 0; r < N; r++) if (r != c) { double f = m[r][c]; for (int j = 0; j < 2 * N; j++) m[r][j] -= f * m[c][j]; } }
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) inv[i][j] = m[i][j + N]; return 1; }
int main(void) {
    double a[N][N] = {{4, -2, 1, 3}, {3, 6, -4, 2}, {2, 1, 8, -5}, {1, -3, 2, 7}}, inv[N][N];
    printf("invertible=%d\n", invert(a, inv));
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) printf("%11.6f", inv[i][j]); printf("\n"); }
    double maxerr = 0; for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += a[i][k] * inv[k][j]; maxerr = fmax(maxerr, fabs(s - (i == j))); }
    printf("identity err<1e-12: %d\n", maxerr < 1e-12);
    double b[N] = {20, 7, -3, 15}, x[N]; for (int i = 0; i < N; i++) { x[i] = 0; for (int k = 0; k < N; k++) x[i] += inv[i][k] * b[k]; }
    printf("x ="); for (int i = 0; i < N; i++) printf(" %.6f", x[i]); printf("\n");
    double sing[N][N] = {{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 1, 0, 1}, {1, 0, 1, 0}}; printf("singular invertible=%d\n", invert(sing, inv));
    return 0;
}
