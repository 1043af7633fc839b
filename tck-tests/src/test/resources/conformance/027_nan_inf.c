/* Checks NaN and infinity creation, propagation, comparison, classification and printing. */
#include <stdio.h>
#include <math.h>
#include <float.h>
int main(void) {
    volatile double zero = 0.0;
    double inf = 1.0 / zero, ninf = -1.0 / zero, nan1 = zero / zero;
    double vals[] = {inf, ninf, NAN, INFINITY, 0.0, -0.0, 1.0, DBL_MIN / 4, DBL_MAX};
    for (int i = 0; i < 9; i++) {
        double x = vals[i];
        printf("%f %e %g | isnan=%d isinf=%d isfinite=%d isnormal=%d signbit=%d fpclass=%d\n", x, x, x,
               isnan(x) != 0, isinf(x) != 0, isfinite(x) != 0, isnormal(x) != 0, signbit(x) != 0, fpclassify(x));
    }
    printf("nan1 isnan=%d\n", isnan(nan1) != 0);
    printf("cmp nan: %d %d %d %d %d\n", NAN == NAN, NAN != NAN, NAN < 1.0, NAN > 1.0, isunordered(NAN, 1.0));
    printf("inf arith: %g %g %g %g\n", inf + 1, inf - inf, inf * 0, inf * -2);
    printf("inf cmp: %d %d\n", inf > DBL_MAX, ninf < -DBL_MAX);
    printf("%5.1f|%-6f|%+f|%F|%E|%G\n", inf, ninf, inf, inf, ninf, inf);
    printf("sqrt(-1) nan=%d  log(0)=%g log(-1) nan=%d\n", isnan(sqrt(-1.0)) != 0, log(0.0), isnan(log(-1.0)) != 0);
    float fi = (float)inf; float fn = (float)nan1; printf("%f %d\n", fi, isnan(fn) != 0);
    printf("fmax nan %g fmin nan %g\n", fmax(nan1, 2.0), fmin(3.0, nan1));
    printf("1/inf=%g -1/inf=%g\n", 1 / inf, -1 / inf);
    printf("HUGE_VAL=%g\n", HUGE_VAL);
    double x = nan1; int cnt = 0; if (x != x) cnt++; if (!(x < 0) && !(x >= 0)) cnt++; printf("nan tests %d\n", cnt);
    return 0;
}
