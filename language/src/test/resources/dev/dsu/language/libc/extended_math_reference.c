/* Reference values for ExtendedMathTest: glibc's long double functions on special and
   pseudo-random arguments, each line "name x [y] result" with every value printed by %La. */
#define _GNU_SOURCE
#include <float.h>
#include <math.h>
#include <stdio.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned long long next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

/* A random long double with a full 64-bit mantissa and a binary exponent in [lo, hi]. */
static long double rnd(int lo, int hi, int allowNegative) {
    long double m = (long double)(next() | 0x8000000000000000ULL) / 18446744073709551616.0L;
    long double v = ldexpl(m, lo + (int)(next() % (unsigned)(hi - lo + 1)));
    return allowNegative && (next() & 1) ? -v : v;
}

static const long double specials[] = {0.0L, -0.0L, 1.0L, -1.0L, 0.5L, -0.5L, 2.0L, 3.0L, 10.0L, 100.0L, -100.0L, 0.1L, 1e-30L,
    1e30L, 1e300L, 1e4000L, -1e4000L, LDBL_MIN, LDBL_TRUE_MIN, LDBL_MAX, -LDBL_MAX, 3.14159265358979323846L, 1.5707963267948966192L,
    0.75L, 1.0000000000000000001L, 0.99999999999999999995L, 11356.0L, 11357.0L, -11355.0L, -11400.0L, 16383.0L, -16445.0L, 710.5L,
    1755.0L, 1756.0L, -2.5L, 4.5L, 6.5L, 27.0L, 1e10L, 1.0e-10L, 7.0L, 30.0L, 106.0L, 1e19L};

#define NSPECIAL (int)(sizeof specials / sizeof specials[0])

static void unary(const char *name, long double (*f)(long double), int n, int lo, int hi, int negative) {
    for (int i = 0; i < NSPECIAL + 3; i++) {
        long double x = i < NSPECIAL ? specials[i] : i == NSPECIAL ? (long double)INFINITY : i == NSPECIAL + 1 ? -(long double)INFINITY : (long double)NAN;
        printf("%s %La %La\n", name, x, f(x));
    }
    for (int i = 0; i < n; i++) {
        long double x = rnd(lo, hi, negative);
        printf("%s %La %La\n", name, x, f(x));
    }
}

static void binary(const char *name, long double (*f)(long double, long double), int n, int lo, int hi, int ylo, int yhi, int negative) {
    static const long double s[] = {0.0L, -0.0L, 1.0L, -1.0L, 2.0L, -2.0L, 0.5L, 3.0L, -3.0L, 1e4000L, (long double)INFINITY, -(long double)INFINITY, (long double)NAN};
    int ns = sizeof s / sizeof s[0];
    for (int i = 0; i < ns; i++) {
        for (int j = 0; j < ns; j++) {
            printf("%s %La %La %La\n", name, s[i], s[j], f(s[i], s[j]));
        }
    }
    for (int i = 0; i < n; i++) {
        long double x = rnd(lo, hi, negative);
        long double y = rnd(ylo, yhi, 1);
        printf("%s %La %La %La\n", name, x, y, f(x, y));
    }
}

int main(void) {
    int n = 300;
    unary("sinl", sinl, n, -70, 70, 1);
    unary("sinl", sinl, 50, 70, 16383, 1);
    unary("cosl", cosl, n, -70, 70, 1);
    unary("cosl", cosl, 50, 70, 16383, 1);
    unary("tanl", tanl, n, -70, 70, 1);
    unary("asinl", asinl, n, -70, -1, 1);
    unary("acosl", acosl, n, -70, -1, 1);
    unary("atanl", atanl, n, -70, 100, 1);
    unary("sinhl", sinhl, n, -70, 13, 1);
    unary("coshl", coshl, n, -70, 13, 1);
    unary("tanhl", tanhl, n, -70, 5, 1);
    unary("asinhl", asinhl, n, -70, 100, 1);
    unary("acoshl", acoshl, n, 0, 100, 0);
    unary("atanhl", atanhl, n, -70, -1, 1);
    unary("expl", expl, n, -70, 13, 1);
    unary("exp2l", exp2l, n, -70, 13, 1);
    unary("exp10l", exp10l, n, -70, 12, 1);
    unary("expm1l", expm1l, n, -70, 13, 1);
    unary("logl", logl, n, -16000, 16000, 0);
    unary("logl", logl, n, -3, 2, 0);
    unary("log2l", log2l, n, -16000, 16000, 0);
    unary("log10l", log10l, n, -16000, 16000, 0);
    unary("log1pl", log1pl, n, -70, 100, 0);
    unary("log1pl", log1pl, n, -70, -1, 1);
    unary("cbrtl", cbrtl, n, -16000, 16000, 1);
    unary("erfl", erfl, n, -70, 3, 1);
    unary("erfcl", erfcl, n, -70, 7, 1);
    unary("tgammal", tgammal, n, -70, 10, 1);
    unary("lgammal", lgammal, n, -70, 12, 1);
    binary("atan2l", atan2l, n, -50, 50, -50, 50, 1);
    binary("powl", powl, n, -10, 10, -10, 10, 0);
    binary("hypotl", hypotl, n, -100, 100, -100, 100, 1);
    return 0;
}
