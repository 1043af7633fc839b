/* Checks the usual arithmetic conversions in mixed expressions: int with unsigned/long/float/double, char with int, and compound assignment narrowing. */
#include <stdio.h>
int main(void) {
    int i = -3; unsigned u = 2; long l = -5; float f = 1.5f; double d = 2.25; char c = 'A'; short s = -7; unsigned char uc = 200;
    printf("%u %ld %g %g\n", i + u, i + l, i + f, i * d);
    printf("%ld %lu\n", l * (long)u, (unsigned long)u * 3UL);
    printf("%d %d %d\n", c + 1, c * s, uc + s);
    printf("%g %g\n", f / 2, (float)i / 2);
    printf("%d %d\n", i / 2, (int)(i / 2.0));
    int n = 10; n *= 1.55; printf("%d\n", n);
    n = 10; n += 0.99; printf("%d\n", n);
    unsigned char b = 250; b += 10; printf("%u\n", b);
    short t = 1000; t *= 40; printf("%d\n", t);
    float g = 0.1f; g += 0.2; printf("%.9g\n", g);
    double e = 1 / 3; printf("%g\n", e);
    e = 1 / 3.0; printf("%.17g\n", e);
    long long big = 1 << 30; big *= 4; printf("%lld\n", big);
    printf("%d\n", (u - 3) > 0);
    printf("%d %d\n", -1 < (long)0u, (int)(-1L < 1u));
    printf("%lu\n", sizeof(c + c));
    printf("%.17g\n", 16777217 * 1.0f);
    return 0;
}
