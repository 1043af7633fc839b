/* Checks float (single precision) arithmetic and rounding of results. */
#include <stdio.h>
int main(void) {
    float a = 1.0f / 3.0f, b = 2.0f / 7.0f;
    printf("%.9g %.9g %.9g %.9g %.9g %.9g\n", a, b, a + b, a - b, a * b, a / b);
    float s = 0.0f;
    for (int i = 1; i <= 1000; i++) s += 1.0f / (float)i;
    printf("harmonic %.9g\n", s);
    float big = 16777216.0f; printf("%.1f %.1f\n", big + 1.0f, big + 2.0f);
    float eps = 1.0f; while (1.0f + eps / 2.0f != 1.0f) eps /= 2.0f; printf("eps %.9g\n", eps);
    float tiny = 1e-38f; for (int i = 0; i < 10; i++) { tiny /= 10.0f; printf("%.9g ", tiny); } printf("\n");
    float x = 0.1f; double xd = x; printf("%.20f\n", xd);
    float p = 1.0f; for (int i = 0; i < 40; i++) { p *= 7.5f; } printf("%.9g\n", p);
    float neg = -0.0f; printf("%g %g %d\n", neg, -neg, neg == 0.0f);
    float vals[] = {1.5f, -2.25f, 3.75f, 1e10f, -1e-10f};
    for (int i = 0; i < 5; i++) printf("%.9g %.9g %.9g\n", vals[i] * vals[i], vals[i] / 3.0f, vals[i] - 0.1f);
    return 0;
}
