/* Checks IEEE round-to-nearest-even on conversions: integer->float ties, double->float ties, and arithmetic results at half-ulp. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    int32_t ints[] = {16777216, 16777217, 16777218, 16777219, 16777220, 33554433, 33554435, 33554437, 2147483520, 2147483584, 2147483647};
    for (int i = 0; i < 11; i++) printf("%d -> %.1f\n", ints[i], (double)(float)ints[i]);
    int64_t ll[] = {9007199254740993LL, 9007199254740995LL, 9007199254740997LL, 9223372036854775807LL, -9007199254740993LL};
    for (int i = 0; i < 5; i++) printf("%lld -> %.1f\n", (long long)ll[i], (double)ll[i]);
    uint64_t ul[] = {18446744073709551615ull, 9223372036854775809ull, 9223372036854776833ull, 9223372036854777856ull};
    for (int i = 0; i < 4; i++) printf("%llu -> %.1f / %.1f\n", (unsigned long long)ul[i], (double)ul[i], (double)(float)ul[i]);
    double d[] = {1.0 + 0x1p-24, 1.0 + 0x1p-23 + 0x1p-24, 1.0 + 0x1p-24 + 0x1p-40, 3.4028235677973366e38, 1.401298464324817e-45, 7.006492321624085e-46};
    for (int i = 0; i < 6; i++) printf("%a -> %a\n", d[i], (double)(float)d[i]);
    volatile double one = 1.0, half_ulp = 0x1p-53; printf("%a %a\n", one + half_ulp, one + 3 * half_ulp);
    volatile float f1 = 1.0f, fh = 0x1p-24f; printf("%a %a\n", (double)(f1 + fh), (double)(f1 + 3 * fh));
    return 0;
}
