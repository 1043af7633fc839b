/* Long double exponentials and logarithms to 17 significant digits: expl exp2l expm1l logl
   log2l log10l log1pl, exact cases (powers of two and ten), overflow and underflow. */
#include <math.h>
#include <stdio.h>

int main(void) {
    volatile long double xs[] = {1e-30L, 1e-10L, 0.001L, 0.1L, 0.5L, 0.6931471805599453094L, 1.0L, 2.0L, 2.5L, 10.0L, 42.0L, 100.0L,
        1000.0L, 11356.0L, -1e-10L, -0.5L, -1.0L, -20.0L, -700.0L, -11000.0L};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        long double x = xs[i];
        printf("x=%.17Lg exp %.17Lg exp2 %.17Lg expm1 %.17Lg\n", x, expl(x), exp2l(x), expm1l(x));
    }
    volatile long double ps[] = {1e-4000L, 1e-300L, 1e-10L, 0.001L, 0.5L, 0.999999L, 1.0L, 1.000001L, 2.0L, 2.718281828459045235L,
        10.0L, 1000.0L, 1024.0L, 65536.0L, 1e100L, 1e4000L};
    for (int i = 0; i < (int)(sizeof ps / sizeof ps[0]); i++) {
        long double x = ps[i];
        printf("x=%.17Lg log %.17Lg log2 %.17Lg log10 %.17Lg log1p %.17Lg\n", x, logl(x), log2l(x), log10l(x), log1pl(x));
    }
    volatile long double tiny[] = {1e-5L, -1e-5L, 1e-15L, 0.25L, -0.75L};
    for (int i = 0; i < 5; i++) {
        printf("log1p %.17Lg expm1 %.17Lg\n", log1pl(tiny[i]), expm1l(tiny[i]));
    }
    printf("exp2(64) %.1Lf exp2(-3) %.17Lg log2(2^-100) %.17Lg\n", exp2l(64.0L * xs[6]), exp2l(-3.0L * xs[6]), log2l(exp2l(-100.0L * xs[6])));
    printf("overflow %Lg %Lg underflow %Lg %Lg\n", expl(12000.0L * xs[6]), exp2l(16384.0L * xs[6]), expl(-12000.0L * xs[6]), expm1l(-12000.0L * xs[6]));
    printf("log(0) %Lg log(1) %Lg log1p(-1) %Lg\n", logl(0.0L * xs[6]), logl(xs[6]), log1pl(-xs[6]));
    long double acc = 0;
    for (int k = 1; k <= 2000; k++) {
        acc += logl((long double)k) - log1pl((long double)k - 1) + expl(-(long double)k / 100);
    }
    printf("acc %.17Lg\n", acc);
    return 0;
}
