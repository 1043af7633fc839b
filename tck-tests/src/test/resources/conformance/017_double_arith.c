/* Checks double arithmetic, accumulation, catastrophic cancellation and exact representation. */
#include <stdio.h>
int main(void) {
    double a = 1.0 / 3.0, b = 2.0 / 7.0;
    printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", a, b, a + b, a - b, a * b, a / b);
    double s = 0; for (int i = 1; i <= 100000; i++) s += 1.0 / ((double)i * i);
    printf("basel %.17g\n", s);
    double e = 1.0; while (1.0 + e / 2 != 1.0) e /= 2; printf("eps %.17g\n", e);
    printf("%.17g\n", 0.1 + 0.2);
    printf("%d\n", 0.1 + 0.2 == 0.3);
    double big = 9007199254740992.0; printf("%.1f %.1f\n", big + 1.0, big + 2.0);
    double x = 1e308; printf("%g %g\n", x * 10, -x * 10);
    double t = 5e-324; printf("%g %g\n", t, t / 2);
    double k = 1.0; for (int i = 0; i < 60; i++) k = k * 1.1 + 0.01; printf("%.17g\n", k);
    double c = 1e16; printf("%.17g\n", (c + 1.0) - c);
    double kahan = 0, comp = 0; for (int i = 0; i < 10000; i++) { double y = 0.1 - comp; double tt = kahan + y; comp = (tt - kahan) - y; kahan = tt; }
    printf("kahan %.17g\n", kahan);
    double naive = 0; for (int i = 0; i < 10000; i++) naive += 0.1; printf("naive %.17g\n", naive);
    double m[] = {3.5, -2.125, 1e-5, 123456.789};
    for (int i = 0; i < 4; i++) printf("%.17g %.17g\n", m[i] * m[(i + 1) % 4], m[i] / m[(i + 3) % 4]);
    return 0;
}
