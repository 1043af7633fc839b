/* Checks frexp, ldexp, modf, scalbn, ilogb, logb, nextafter decomposition functions. */
#include <stdio.h>
#include <math.h>
int main(void) {
    double v[] = {1.0, 0.5, 3.0, -7.25, 1024.0, 1e-300, 123456.789, -0.001, 5e-324, 1.7976931348623157e308};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        int e; double m = frexp(v[i], &e);
        double ip; double fp = modf(v[i], &ip);
        printf("%.17g: frexp=%.17g,%d ldexp=%.17g modf=%.17g,%.17g ilogb=%d logb=%g\n",
               v[i], m, e, ldexp(m, e), ip, fp, ilogb(v[i]), logb(v[i]));
    }
    for (int e = -5; e <= 5; e++) printf("ldexp(1.5,%d)=%g scalbn(3,%d)=%g\n", e, ldexp(1.5, e), e, scalbn(3.0, e));
    printf("nextafter %.17g %.17g\n", nextafter(1.0, 2.0), nextafter(1.0, 0.0));
    printf("nextafterf %.9g\n", (double)nextafterf(1.0f, 2.0f));
    float fm; float ff = modff(-3.75f, &fm); printf("modff %g %g\n", fm, ff);
    int ef; float mf = frexpf(48.0f, &ef); printf("frexpf %g %d\n", mf, ef);
    double ip; double fr = modf(-0.0, &ip); printf("modf(-0) %g %g\n", ip, fr);
    printf("ldexp overflow %g underflow %g\n", ldexp(1.0, 2000), ldexp(1.0, -2000));
    return 0;
}
