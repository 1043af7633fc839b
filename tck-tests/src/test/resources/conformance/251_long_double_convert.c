/* Checks long double conversions to and from int, long long, unsigned long long, __int128, float and double. */
#include <stdio.h>
#include <stdint.h>

static volatile long double sink;

int main(void) {
    long long ll[] = {0, 1, -1, 123456789012345678LL, -9223372036854775807LL - 1, 9223372036854775807LL, 4611686018427387905LL};
    for (int i = 0; i < 7; i++) {
        long double x = (long double)ll[i];
        printf("%lld -> %.1Lf -> %lld\n", ll[i], x, (long long)x);
    }
    unsigned long long ull[] = {0, 18446744073709551615ULL, 9223372036854775808ULL, 12345678901234567890ULL};
    for (int i = 0; i < 4; i++) {
        long double x = (long double)ull[i];
        printf("%llu -> %.1Lf -> %llu\n", ull[i], x, (unsigned long long)x);
    }
    long double fr[] = {2.5L, -2.5L, 0.999999999999999999L, -7.9L, 1e18L + 0.5L, 3e9L};
    for (int i = 0; i < 6; i++)
        printf("%.3Lf -> int %d long long %lld\n", fr[i], (int)(fr[i] < 3e9L ? fr[i] : 0), (long long)fr[i]);
    unsigned u = (unsigned)3e9L;
    printf("unsigned %u\n", u);
    __int128 big = (__int128)1 << 100;
    big += 12345;
    long double lb = (long double)big;
    printf("int128 -> %.1Lf\n", lb);
    __int128 back = (__int128)(lb * 3);
    printf("back %llu %llu\n", (unsigned long long)(back >> 64), (unsigned long long)back);
    unsigned __int128 ub = ~(unsigned __int128)0;
    printf("uint128 -> %.1Lf\n", (long double)ub);
    double ds[] = {0.1, 1.0 / 3, 1e308, 4.9e-324, -2.2250738585072014e-308};
    for (int i = 0; i < 5; i++) {
        long double x = ds[i];
        printf("double %.17g -> %.25Lg -> %.17g\n", ds[i], x, (double)x);
    }
    long double tricky[] = {1.0L / 3, 0.1L, 1e400L, 1e-320L, 1e-4940L, 2.0L / 3 * 1e-310L,
                            1.00000000000000011102230246251565404L, 1.0000000000000001110223024625156541L};
    for (int i = 0; i < 8; i++) {
        double d = (double)tricky[i];
        float f = (float)tricky[i];
        printf("ld %.21Lg -> double %.17g float %.9g\n", tricky[i], d, (double)f);
    }
    float fl = 16777217.0f;
    long double lf = fl;
    printf("float %.1Lf\n", lf);
    long double half = 0.5L;
    long double ld = 1 + half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half *
                         half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half * half *
                         half * half * half * half * half * half * half * half * half * half * half * half * half * half;
    printf("double of 1+2^-54: %.17g\n", (double)ld);
    return 0;
}
