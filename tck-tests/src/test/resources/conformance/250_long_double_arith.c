/* Checks long double + - * / and comparisons bit-exactly: accumulation loops, cancellation, series, printed with many digits. */
#include <stdio.h>
#include <string.h>

static void bits(const char *label, long double x) {
    unsigned char b[10];
    memcpy(b, &x, 10);
    printf("%s:", label);
    for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
    printf(" %.25Lg\n", x);
}

static long double harmonic(int n) {
    long double s = 0;
    for (int i = 1; i <= n; i++) s += 1.0L / i;
    return s;
}

/* a call per pair keeps the comparisons scalar (no vectors of long double) */
__attribute__((noinline)) static void compare(long double a, long double b, int *lt, int *le, int *eq) {
    *lt += a < b;
    *le += a <= b;
    *eq += a == b;
}

int main(void) {
    long double a = 1.0L / 3.0L, b = 2.0L / 7.0L, c = 1e300L;
    bits("a", a);
    bits("b", b);
    bits("a+b", a + b);
    bits("a-b", a - b);
    bits("a*b", a * b);
    bits("a/b", a / b);
    bits("c*c", c * c);
    bits("c*c*c*c", c * c * c * c);
    bits("1/c^16", 1.0L / (c * c * c * c * c * c * c * c * c * c * c * c * c * c * c * c));
    bits("H(10000)", harmonic(10000));
    long double e = 1, t = 1;
    for (int i = 1; i < 30; i++) { t /= i; e += t; }
    bits("e", e);
    long double pi = 0;
    for (int k = 0; k < 60; k++) {
        long double p16 = 1;
        for (int j = 0; j < k; j++) p16 *= 16;
        pi += (4.0L / (8 * k + 1) - 2.0L / (8 * k + 4) - 1.0L / (8 * k + 5) - 1.0L / (8 * k + 6)) / p16;
    }
    bits("pi", pi);
    long double x = 1;
    for (int i = 0; i < 100; i++) x = x * 1.0000001L + 0.3L;
    bits("affine", x);
    long double eps = 1;
    while (1 + eps / 2 != 1) eps /= 2;
    bits("eps", eps);
    long double tiny = 1;
    int n = 0;
    while (tiny / 2 != 0) { tiny /= 2; n++; }
    printf("halvings to the smallest subnormal: %d\n", n);
    bits("tiny", tiny);
    bits("tiny*3/2", tiny * 3 / 2);
    long double big = 1;
    while (big * 2 - big == big) big *= 2;
    bits("big", big);
    long double sum = 0, comp = 0;
    for (int i = 1; i <= 2000; i++) {
        long double y = 1.0L / ((long double)i * i) - comp;
        long double s2 = sum + y;
        comp = (s2 - sum) - y;
        sum = s2;
    }
    bits("kahan", sum);
    long double vals[] = {0.1L, -0.25L, 3.5L, 1e-20L, -1e20L, 7.0L / 3};
    int lt = 0, le = 0, eq = 0;
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) compare(vals[i], vals[j], &lt, &le, &eq);
    printf("lt=%d le=%d eq=%d\n", lt, le, eq);
    printf("negzero %d %Lg\n", -0.0L == 0.0L, -0.0L * 5);
    return 0;
}
