/* sin, exp, log, pow and the like called directly in hot loops (computed without a library
 * call) give the same bits as through a function pointer (the library), and set errno where
 * the library does: a NaN from numbers, an infinity from finite values. */
#include <stdio.h>
#include <math.h>
#include <errno.h>
#include <string.h>

typedef double (*unary)(double);
typedef double (*binary)(double, double);
typedef float (*unaryf)(float);

static volatile double inputs[] = {0.0, -0.0, 0.5, -0.75, 1.0, 2.0, 3.14159, -10.5, 100.0, 709.0, 710.0, -745.5, 1e-300, 1e300, -1.0, -2.0};

static int same(double a, double b) {
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

int main(void) {
    enum { N = sizeof inputs / sizeof inputs[0] };
    unary volatile u[] = {sin, cos, tan, atan, sinh, cosh, tanh, cbrt, exp, expm1, log, log10, log1p};
    binary volatile b[] = {atan2, hypot, pow};
    unaryf volatile uf[] = {sinf, expf, logf};
    int mismatches = 0;
    double sum = 0;
    for (int round = 0; round < 2000; round++) {
        for (int i = 0; i < N; i++) {
            double x = inputs[i], y = inputs[(i + 3) % N];
            double r[] = {sin(x), cos(x), tan(x), atan(x), sinh(x), cosh(x), tanh(x), cbrt(x), exp(x), expm1(x), log(x), log10(x), log1p(x)};
            for (int k = 0; k < 13; k++) {
                mismatches += !same(r[k], u[k](x));
                if (isfinite(r[k])) {
                    sum += r[k] * 1e-6;
                }
            }
            double s[] = {atan2(x, y), hypot(x, y), pow(x, y)};
            for (int k = 0; k < 3; k++) {
                mismatches += !same(s[k], b[k](x, y));
            }
            float fx = (float)x;
            float t[] = {sinf(fx), expf(fx), logf(fx)};
            for (int k = 0; k < 3; k++) {
                mismatches += !same(t[k], uf[k](fx));
            }
        }
    }
    printf("mismatches %d, sum %.6e\n", mismatches, sum);
    volatile double m1 = -1.0, big = 1000.0, half = 0.5, zero = 0.0;
    errno = 0; double r1 = log(m1); printf("log(-1) nan %d errno %d\n", isnan(r1) != 0, errno);
    errno = 0; double r2 = exp(big); printf("exp(1000) inf %d errno %d\n", isinf(r2) != 0, errno);
    errno = 0; double r3 = pow(m1, half); printf("pow(-1, 0.5) nan %d errno %d\n", isnan(r3) != 0, errno);
    errno = 0; double r4 = log(zero); printf("log(0) %g errno %d\n", r4, errno);
    errno = 0; double r5 = sin(big); printf("sin(1000) %.6f errno %d\n", r5, errno);
    return 0;
}
