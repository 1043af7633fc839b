/* Checks reading a matrix description from stdin with scanf and computing products, transposes and row sums. */
#include <stdio.h>
int main(void) {
    int r, c; if (scanf("%d %d", &r, &c) != 2 || r > 10 || c > 10) return 1;
    double m[10][10]; for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) if (scanf("%lf", &m[i][j]) != 1) return 2;
    printf("read %dx%d\n", r, c);
    for (int i = 0; i < r; i++) { double s = 0; for (int j = 0; j < c; j++) s += m[i][j]; printf("row %d sum=%.3f\n", i, s); }
    printf("M*M^T:\n"); for (int i = 0; i < r; i++) { for (int j = 0; j < r; j++) { double s = 0; for (int k = 0; k < c; k++) s += m[i][k] * m[j][k]; printf("%10.3f", s); } printf("\n"); }
    char op[16]; double k; while (scanf("%15s %lf", op, &k) == 2) { printf("%s %g:", op, k); for (int j = 0; j < c; j++) { double v = m[0][j]; v = op[0] == 'a' ? v + k : op[0] == 'm' ? v * k : v; printf(" %.3f", v); } printf("\n"); }
    return 0;
}
