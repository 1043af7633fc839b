/* Checks matrix multiplication (int and double), transpose, identity, determinant via Gaussian elimination. */
#include <stdio.h>
#include <math.h>
#define N 6
static void matmul(double a[N][N], double b[N][N], double c[N][N]) { for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += a[i][k] * b[k][j]; c[i][j] = s; } }
static double det(double m[N][N]) { double a[N][N]; for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) a[i][j] = m[i][j]; double d = 1;
    for (int c = 0; c < N; c++) { int p = c; for (int r = c + 1; r < N; r++) if (fabs(a[r][c]) > fabs(a[p][c])) p = r; if (a[p][c] == 0) return 0;
        if (p != c) { for (int k = 0; k < N; k++) { double t = a[c][k]; a[c][k] = a[p][k]; a[p][k] = t; } d = -d; }
        d *= a[c][c]; for (int r = c + 1; r < N; r++) { double f = a[r][c] / a[c][c]; for (int k = c; k < N; k++) a[r][k] -= f * a[c][k]; } } return d; }
int main(void) {
    int A[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}}, B[3][5], C[4][5];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 5; j++) B[i][j] = i - j * 2;
    for (int i = 0; i < 4; i++) { for (int j = 0; j < 5; j++) { C[i][j] = 0; for (int k = 0; k < 3; k++) C[i][j] += A[i][k] * B[k][j]; printf("%5d", C[i][j]); } printf("\n"); }
    double m[N][N], id[N][N], r[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { m[i][j] = 1.0 / (i + j + 1) + (i == j ? 2 : 0); id[i][j] = i == j; }
    matmul(m, id, r); int same = 1; for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) if (r[i][j] != m[i][j]) same = 0; printf("identity ok=%d\n", same);
    matmul(m, m, r); for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) printf("%10.6f", r[i][j]); printf("\n"); }
    printf("det(m)=%.10f det(m^2)=%.10f\n", det(m), det(r));
    long long F[2][2] = {{1, 1}, {1, 0}}, R[2][2] = {{1, 0}, {0, 1}};
    for (int e = 80; e; e >>= 1) { long long T[2][2];
        if (e & 1) { for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) T[i][j] = R[i][0] * F[0][j] + R[i][1] * F[1][j]; for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) R[i][j] = T[i][j]; }
        if (e > 1) { for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) T[i][j] = F[i][0] * F[0][j] + F[i][1] * F[1][j]; for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) F[i][j] = T[i][j]; } }
    printf("fib80=%lld\n", R[0][1]);
    return 0;
}
