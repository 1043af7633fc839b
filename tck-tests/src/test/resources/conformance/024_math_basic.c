/* Checks exact math.h functions: sqrt floor ceil round trunc fmod fabs rint nearbyint fmin fmax copysign. */
#include <stdio.h>
#include <math.h>
int main(void) {
    double v[] = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.4999, 3.7, -3.7, 1e10 + 0.5, 123.456, -987.654, 1e-300};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        double x = v[i];
        printf("%g: floor=%g ceil=%g round=%g trunc=%g rint=%g nearby=%g fabs=%g lround=%ld llrint=%lld\n", x,
               floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x), fabs(x), lround(x), llrint(x));
    }
    for (int i = 0; i <= 20; i++) printf("sqrt(%d)=%.17g\n", i, sqrt((double)i));
    printf("fmod: %g %g %g %g\n", fmod(7.5, 2.0), fmod(-7.5, 2.0), fmod(7.5, -2.0), fmod(1e10, 3.0));
    printf("remainder: %g %g\n", remainder(7.5, 2.0), remainder(-7.0, 2.0));
    printf("fmin/fmax: %g %g %g\n", fmin(1.0, 2.0), fmax(-1.0, -2.0), fmax(NAN, 3.0));
    printf("copysign: %g %g\n", copysign(3.0, -0.0), copysign(-2.0, 1.0));
    printf("sqrtf %.9g %.9g\n", sqrtf(2.0f), sqrtf(1e-10f));
    printf("floorf %g ceilf %g roundf %g\n", floorf(-1.25f), ceilf(-1.25f), roundf(-1.5f));
    printf("fdim %g %g\n", fdim(5.0, 3.0), fdim(3.0, 5.0));
    printf("cbrt %.15g %.15g\n", cbrt(27.0), cbrt(-8.0));
    return 0;
}
