/* Checks long double math functions (sqrtl exact; others printed to 15 significant digits) and long double conversions. */
#include <stdio.h>
#include <math.h>
int main(void) {
    for (int i = 1; i <= 10; i++) { long double x = i * 0.7L; printf("x=%.2Lf sqrtl=%.20Lg cbrtl=%.15Lg expl=%.15Lg logl=%.15Lg sinl=%.15Lg cosl=%.15Lg atanl=%.15Lg\n", x, sqrtl(x), cbrtl(x), expl(x), logl(x), sinl(x), cosl(x), atanl(x)); }
    printf("powl %.15Lg %.15Lg\n", powl(2.0L, 100.0L), powl(1.0001L, 10000.0L));
    printf("floorl %Lg ceill %Lg roundl %Lg truncl %Lg fabsl %Lg fmodl %Lg\n", floorl(-2.5L), ceill(-2.5L), roundl(-2.5L), truncl(-2.5L), fabsl(-3.25L), fmodl(10.5L, 3.0L));
    int e; long double m = frexpl(1000.0L, &e); printf("frexpl %Lg %d ldexpl %Lg\n", m, e, ldexpl(0.75L, 10));
    long double ip; long double fp = modfl(123.456L, &ip); printf("modfl %Lg %.10Lg\n", ip, fp);
    printf("isnan %d isinf %d\n", isnan(nanl("")) != 0, isinf(HUGE_VALL) != 0);
    long double pi = acosl(-1.0L); printf("pi=%.18Lf\n", pi);
    long long big = 9223372036854775807LL; long double lb = (long double)big; printf("%.1Lf %lld\n", lb, (long long)(lb - 1.0L));
    unsigned long long ub = 18446744073709551615ULL; long double lu = (long double)ub; printf("%.1Lf %llu\n", lu, (unsigned long long)lu);
    return 0;
}
