/* Long double trigonometric functions to 17 significant digits: sinl cosl tanl (also huge
   arguments, reduced exactly), asinl acosl atanl atan2l and their special values. */
#include <math.h>
#include <stdio.h>

int main(void) {
    volatile long double xs[] = {1e-20L, 0.1L, 0.5L, 0.7853981633974483096L, 1.0L, 1.5707963267948966L, 2.0L, 3.0L, 3.14159265358979323846L,
        10.0L, 100.0L, 12345.678L, 1e10L, 1e19L, 1e300L, 1e4000L, -0.3L, -7.25L};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        long double x = xs[i];
        printf("x=%.17Lg sin %.17Lg cos %.17Lg tan %.17Lg atan %.17Lg\n", x, sinl(x), cosl(x), tanl(x), atanl(x));
    }
    volatile long double as[] = {-1.0L, -0.99999L, -0.5L, -1e-10L, 0.0L, 0.25L, 0.5L, 0.70710678118654752440L, 0.9L, 0.999999999L, 1.0L};
    for (int i = 0; i < (int)(sizeof as / sizeof as[0]); i++) {
        long double x = as[i];
        printf("x=%.17Lg asin %.17Lg acos %.17Lg\n", x, asinl(x), acosl(x));
    }
    volatile long double ys[] = {1.0L, -1.0L, 0.0L, -0.0L, 3.0L, -1e-5L};
    volatile long double zs[] = {1.0L, -1.0L, 0.0L, -0.0L, 2.0L, -1e5L};
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            printf("%.17Lg ", atan2l(ys[i], zs[j]));
        }
        printf("\n");
    }
    volatile long double inf = INFINITY;
    printf("atan2 inf: %.17Lg %.17Lg %.17Lg %.17Lg\n", atan2l(inf, inf), atan2l(-inf, -inf), atan2l(1.0L, -inf), atan2l(-inf, 2.0L));
    printf("atan(inf) %.17Lg sin(-0) %Lg tan(-0) %Lg\n", atanl(inf), sinl(-0.0L * xs[1]), tanl(-0.0L * xs[1]));
    printf("pi %.18Lf half pi %.18Lf\n", acosl(-1.0L * xs[4]), asinl(xs[4]));
    long double s = 0;
    for (int k = 1; k <= 1000; k++) {
        s += sinl((long double)k) * cosl((long double)k / 3);
    }
    printf("sum %.17Lg\n", s);
    return 0;
}
