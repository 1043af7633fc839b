/* Checks long double (x87 80-bit) arithmetic and printing with %Lf/%Le/%Lg. */
#include <stdio.h>
#include <float.h>
int main(void) {
    long double a = 1.0L / 3.0L, b = 2.0L / 7.0L;
    printf("%.20Lg %.20Lg\n", a, b);
    printf("%.20Lg %.20Lg %.20Lg %.20Lg\n", a + b, a - b, a * b, a / b);
    long double f = 1; for (int i = 1; i <= 25; i++) f *= i; printf("25! = %.0Lf\n", f);
    long double e = 1.0L; while (1.0L + e / 2 != 1.0L) e /= 2; printf("eps %Lg\n", e);
    printf("LDBL_DIG=%d LDBL_MANT_DIG=%d sizeof=%zu\n", LDBL_DIG, LDBL_MANT_DIG, sizeof(long double));
    printf("%Le %LE\n", (long double)123456.789, (long double)-0.000123);
    long double big = 18446744073709551615.0L; unsigned long long u = (unsigned long long)big;
    printf("%llu\n", u);
    long double x = 9007199254740993.0L; printf("%.1Lf\n", x);
    double d = (double)x; printf("%.1f\n", d);
    long double s = 0; for (int i = 1; i <= 1000; i++) s += 1.0L / i; printf("%.18Lf\n", s);
    printf("%Lg %Lg\n", (long double)1e4000L, -(long double)1e-4000L);
    long double n = -7.5L; printf("%d %lld\n", (int)n, (long long)(n * 1e15L));
    printf("%10.3Lf|%-12.4Le|%+Lg\n", 3.14159L, 2.71828L, 1.0L);
    return 0;
}
