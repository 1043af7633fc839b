/* Checks strtod/strtof/strtold/atof parsing: decimals, exponents, hex floats, inf/nan, endptr, overflow. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <math.h>
int main(void) {
    const char *in[] = {"3.14159", "  -2.5e3xyz", "1e-5", ".5", "5.", "0x1.8p3", "-0x10", "inf", "-Infinity", "nan", "1e400", "1e-400",
                        "abc", "", "+.e5", "123456789012345678901234567890", "0.1", "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308", "  +7E+2"};
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        char *end; errno = 0; double d = strtod(in[i], &end); int er = errno == ERANGE;
        char *e2; float f = strtof(in[i], &e2);
        char *e3; long double ld = strtold(in[i], &e3);
        if (isnan(d)) printf("'%s': nan end=%td\n", in[i], end - in[i]);
        else printf("'%s': %.17g end=%td erange=%d f=%.9g ld=%.20Lg end3=%td\n", in[i], d, end - in[i], er, (double)f, ld, e3 - in[i]);
    }
    printf("atof %g %g\n", atof("6.02e23"), atof("junk"));
    const char *csv = "1.5,2.25,-3.125,4e2"; const char *p = csv; double s = 0;
    while (*p) { char *e; double v = strtod(p, &e); s += v; p = *e == ',' ? e + 1 : e; if (e == p && *e) break; }
    printf("sum=%g\n", s);
    return 0;
}
