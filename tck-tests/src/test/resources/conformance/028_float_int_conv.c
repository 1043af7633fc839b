/* Checks float<->int conversions: truncation toward zero, unsigned conversions, large values, rounding on int->float. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    double d[] = {0.0, 0.9, -0.9, 1.5, -1.5, 2147483647.0, -2147483648.0, 4294967295.0, 1e15, -1e15, 9.2e18, 123.999999};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++) {
        double x = d[i];
        printf("%.3f -> ll=%lld", x, (long long)x);
        if (x > -2147483649.0 && x < 2147483648.0) printf(" i=%d", (int)x);
        if (x > -1.0 && x < 4294967296.0) printf(" u=%u", (unsigned)x);
        if (x > -1.0 && x < 18446744073709551616.0) printf(" ull=%llu", (unsigned long long)x);
        if (x > -129.0 && x < 128.0) printf(" sc=%d", (signed char)x);
        printf("\n");
    }
    printf("%.1f\n", (double)18446744073709551615ull);
    printf("%.1f\n", (double)(1ull << 63));
    printf("%.1f\n", (double)9007199254740993LL);
    printf("%.1f\n", (float)16777217);
    printf("%.1f %.1f\n", (double)-9223372036854775807LL, (float)4294967295u);
    unsigned long long big = 0xFFFFFFFFFFFFF800ull; printf("%.1f %llu\n", (double)big, (unsigned long long)(double)big);
    double h = 1e19; printf("%llu\n", (unsigned long long)h);
    float f = 3.99f; printf("%d %d\n", (int)f, (int)-f);
    long double ld = 1e18L + 0.5L; printf("%lld\n", (long long)ld);
    int ints[] = {1, -1, 16777217, 33554435, 2147483647}; 
    for (int i = 0; i < 5; i++) printf("%d -> f=%.1f d=%.1f\n", ints[i], (double)(float)ints[i], (double)ints[i]);
    for (long long k = 1; k < 100000000000LL; k *= 13) printf("%lld->%.17g ", k, (double)k / 7.0);
    printf("\n");
    return 0;
}
