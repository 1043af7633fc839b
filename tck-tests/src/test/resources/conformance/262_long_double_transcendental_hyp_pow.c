/* Long double hyperbolic functions, powl, cbrtl and hypotl to 17 significant digits,
   with powl's exact integer powers and its special cases. */
#include <math.h>
#include <stdio.h>

int main(void) {
    volatile long double xs[] = {1e-12L, 0.001L, 0.1L, 0.5L, 1.0L, 2.0L, 5.0L, 10.0L, 22.0L, 50.0L, 700.0L, 11356.0L, -0.25L, -3.0L};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        long double x = xs[i];
        printf("x=%.17Lg sinh %.17Lg cosh %.17Lg tanh %.17Lg asinh %.17Lg\n", x, sinhl(x), coshl(x), tanhl(x), asinhl(x));
    }
    volatile long double hs[] = {1.0L, 1.0000001L, 1.25L, 2.0L, 10.0L, 1e10L, 1e1000L};
    for (int i = 0; i < 7; i++) {
        printf("acosh %.17Lg atanh %.17Lg\n", acoshl(hs[i]), atanhl(1.0L / hs[i] - 1e-3L));
    }
    volatile long double bs[] = {2.0L, 0.5L, 1.0001L, 3.0L, 10.0L, 7.5L, 0.9L};
    volatile long double es[] = {2.0L, 0.5L, -1.0L, 3.0L, 10.0L, 64.0L, -0.25L, 1000.0L, 10000.0L};
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 9; j++) {
            printf("%.17Lg ", powl(bs[i], es[j]));
        }
        printf("\n");
    }
    printf("pow exact %.1Lf %.1Lf %.17Lg\n", powl(2.0L, 100.0L * bs[0] / 2), powl(3.0L, 40.0L * bs[0] / 2), powl(2.0L, -20.0L * bs[0] / 2));
    printf("pow neg %.17Lg %.17Lg %Lg\n", powl(-2.0L, 3.0L * bs[0] / 2), powl(-0.5L, -4.0L * bs[0] / 2), powl(-8.0L, 1.0L / 3));
    printf("pow special %Lg %Lg %Lg %Lg %Lg\n", powl(0.0L * bs[0], -1.0L), powl(-0.0L * bs[0], -3.0L), powl(xs[0] * 0, 0), powl(1.0L, NAN), powl(0.5L, -INFINITY));
    volatile long double cs[] = {27.0L, 2.0L, -1000.0L, 1e-300L, 1e4000L, 0.001L, 3.0L};
    for (int i = 0; i < 7; i++) {
        printf("cbrt %.17Lg hypot %.17Lg\n", cbrtl(cs[i]), hypotl(cs[i], cs[(i + 1) % 7]));
    }
    printf("hypot %.17Lg %Lg %Lg\n", hypotl(3.0L * bs[0] / 2, 4.0L), hypotl(INFINITY, NAN), hypotl(1e4932L, 1e4932L));
    return 0;
}
