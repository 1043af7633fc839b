/* Checks long and long long arithmetic, including large values and mixed widths. */
#include <stdio.h>
#include <limits.h>
int main(void) {
    long a = 1234567890123L, b = -987654321L;
    printf("%ld %ld %ld %ld %ld\n", a + b, a - b, a * 3, a / b, a % b);
    long long f = 1;
    for (int i = 1; i <= 20; i++) { f *= i; printf("%d! = %lld\n", i, f); }
    long long x = LLONG_MAX, y = LLONG_MIN;
    printf("%lld %lld %lld %lld\n", x, y, x / 3, y / 7);
    printf("%lld %lld\n", x % 1000, y % 1000);
    unsigned long long u = ULLONG_MAX;
    printf("%llu %llu %llu\n", u, u / 3, u * 3);
    long long fib[90]; fib[0] = 0; fib[1] = 1;
    for (int i = 2; i < 90; i++) fib[i] = fib[i-1] + fib[i-2];
    for (int i = 80; i < 90; i++) printf("fib%d=%lld\n", i, fib[i]);
    int i32 = -5; long long m = i32 * 1000000000LL;
    printf("%lld\n", m);
    unsigned u32 = 4000000000u; long long w = u32; long long w2 = (int)u32;
    printf("%lld %lld\n", w, w2);
    long long s = 0;
    for (long long k = -50000; k <= 50000; k += 7) s += k * k;
    printf("sum=%lld\n", s);
    return 0;
}
