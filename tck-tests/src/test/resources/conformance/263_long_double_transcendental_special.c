/* Long double erfl erfcl tgammal lgammal (and lgammal_r's sign) to 17 significant digits. */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>

int main(void) {
    volatile long double xs[] = {1e-10L, 0.1L, 0.5L, 1.0L, 1.5L, 2.0L, 3.0L, 4.5L, 6.0L, 10.0L, 27.0L, -0.2L, -1.5L, -4.0L};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        long double x = xs[i];
        printf("x=%.17Lg erf %.17Lg erfc %.17Lg\n", x, erfl(x), erfcl(x));
    }
    volatile long double gs[] = {1e-8L, 0.1L, 0.5L, 1.0L, 1.5L, 2.0L, 2.5L, 3.0L, 7.0L, 10.5L, 20.0L, 25.0L, 30.0L, 100.0L, 170.5L,
        1000.0L, 1754.0L, -0.5L, -1.5L, -2.5L, -10.25L, -100.5L};
    for (int i = 0; i < (int)(sizeof gs / sizeof gs[0]); i++) {
        long double x = gs[i];
        int sign;
        long double lg = lgammal_r(x, &sign);
        printf("x=%.17Lg tgamma %.17Lg lgamma %.17Lg %.17Lg sign %d\n", x, tgammal(x), lg, lgammal(x), sign);
    }
    printf("erfc big %.17Lg %Lg\n", erfcl(xs[9] * 2.5L), erfcl(xs[9] * 20));
    printf("tgamma overflow %Lg pole %Lg lgamma pole %Lg\n", tgammal(xs[9] * 200), tgammal(-0.0L * xs[0]), lgammal(xs[13]));
    return 0;
}
