/* Checks float comparisons, ternary min/max chains, and sign of zero handling. */
#include <stdio.h>
static double dmin(double a, double b) { return a < b ? a : b; }
static double dmax(double a, double b) { return a > b ? a : b; }
int main(void) {
    double v[] = {3.5, -1.25, 0.0, -0.0, 1e300, -1e300, 2.0, 2.0000000001};
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            printf("%d%d%d%d%d%d ", v[i] < v[j], v[i] <= v[j], v[i] == v[j], v[i] != v[j], v[i] > v[j], v[i] >= v[j]);
    printf("\n");
    double mn = v[0], mx = v[0];
    for (int i = 1; i < n; i++) { mn = dmin(mn, v[i]); mx = dmax(mx, v[i]); }
    printf("min=%g max=%g\n", mn, mx);
    float fa = 0.1f; double da = 0.1;
    printf("%d %d %d\n", fa == da, (double)fa == da, fa == (float)da);
    double x = 5.5; const char *cls = x < 0 ? "neg" : x < 1 ? "small" : x < 10 ? "medium" : "large";
    printf("%s\n", cls);
    for (double t = -2; t <= 2; t += 0.5) printf("%g:%d ", t, t < -1 ? -2 : t < 0 ? -1 : t == 0 ? 0 : t < 1 ? 1 : 2);
    printf("\n");
    return 0;
}
