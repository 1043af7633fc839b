/* Checks C99 complex arithmetic: +,-,*,/, conj, cabs, carg, creal/cimag, cexp, csqrt (printed to 12 digits). */
#include <stdio.h>
#include <complex.h>
#include <math.h>
static void pc(const char *n, double complex z) { printf("%s = %.12g %+.12gi\n", n, creal(z), cimag(z)); }
int main(void) {
    double complex a = 3.0 + 4.0 * I, b = 1.0 - 2.0 * I;
    pc("a", a); pc("b", b); pc("a+b", a + b); pc("a-b", a - b); pc("a*b", a * b); pc("a/b", a / b);
    pc("conj(a)", conj(a)); printf("cabs(a)=%.12g carg(a)=%.12g\n", cabs(a), carg(a));
    pc("csqrt(-4)", csqrt(-4.0 + 0.0 * I)); pc("cexp(i*pi)", cexp(I * M_PI)); pc("clog(a)", clog(a)); pc("cpow(a,2)", cpow(a, 2.0));
    float complex fz = 1.5f + 2.5f * I; fz *= fz; printf("float %.6g %.6g\n", crealf(fz), cimagf(fz));
    double complex roots[5]; for (int k = 0; k < 5; k++) { roots[k] = cexp(2.0 * M_PI * I * k / 5.0); pc("root", roots[k]); }
    double complex prod = 1; for (int k = 0; k < 5; k++) prod *= roots[k]; pc("prod", prod);
    double complex z = 0; int it = 0; double complex cc = -0.75 + 0.1 * I; while (cabs(z) <= 2.0 && it < 1000) { z = z * z + cc; it++; } printf("mandel it=%d\n", it);
    printf("sizeof=%zu %zu\n", sizeof(double complex), sizeof(float complex));
    return 0;
}
