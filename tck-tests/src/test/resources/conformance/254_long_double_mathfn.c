/* Checks the exactly-defined long double math functions: sqrtl fabsl floorl ceill truncl roundl rintl fmodl copysignl frexpl ldexpl modfl fminl fmaxl. */
#include <stdio.h>
#include <math.h>

int main(void) {
    long double v[] = {2.0L, 3.0L, 0.5L, 1e-10L, 12345.678L, 1e4000L, 2.5L, -2.5L, 3.5L, -0.4999999999999999999L, 1e19L + 0.5L, 4611686018427387903.5L};
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++) {
        long double x = v[i];
        printf("x=%.21Lg\n", x);
        printf("  sqrt %.21Lg fabs %.21Lg\n", sqrtl(fabsl(x)), fabsl(-x));
        printf("  floor %.21Lg ceil %.21Lg trunc %.21Lg round %.21Lg rint %.21Lg\n", floorl(x), ceill(x), truncl(x), roundl(x), rintl(x));
        printf("  fmod %.21Lg copysign %.21Lg\n", fmodl(x, 0.7L), copysignl(x, -1.0L));
        int e;
        long double m = frexpl(x, &e);
        printf("  frexp %.21Lg %d ldexp %.21Lg\n", m, e, ldexpl(m, e + 3));
        long double ip;
        long double fp = modfl(x, &ip);
        printf("  modf %.21Lg %.21Lg\n", ip, fp);
        printf("  fmin %.21Lg fmax %.21Lg\n", fminl(x, 1.0L), fmaxl(x, 1.0L));
    }
    long double s = 0;
    for (int i = 1; i <= 100; i++) s += sqrtl((long double)i);
    printf("sum sqrt %.21Lg\n", s);
    long double r = 2;
    for (int i = 0; i < 6; i++) r = sqrtl(r);
    printf("root64 %.21Lg %La\n", r, r);
    printf("lrintl %ld llroundl %lld\n", lrintl(2.5L), llroundl(-2.5L));
    printf("sqrt(-1) nan? %d\n", isnan(sqrtl(-1.0L)) != 0);
    return 0;
}
