/* Checks printf %a/%A hexadecimal float output for doubles, floats (promoted), long doubles and special values. */
#include <stdio.h>
#include <math.h>
#include <float.h>
int main(void) {
    double v[] = {1.0, -1.0, 0.5, 0.1, 3.141592653589793, 1024.0, 1e-300, DBL_MIN, DBL_MIN / 3, DBL_MAX, 0.0, -0.0};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) printf("%a %A %.3a %.0a %20a %-20a| %+a\n", v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    float f = 0.1f; printf("%a %a\n", (double)f, (double)FLT_MAX);
    long double ld[] = {1.0L, 0.1L, 3.0L, LDBL_MAX, LDBL_MIN};
    for (int i = 0; i < 5; i++) printf("%La %.4La\n", ld[i], ld[i]);
    printf("%a %a %a\n", INFINITY, -INFINITY, 1.0 / 3.0);
    printf("%.13a %.14a %.1a\n", 1.0 / 3.0, 1.0 / 3.0, 1.96875);
    return 0;
}
