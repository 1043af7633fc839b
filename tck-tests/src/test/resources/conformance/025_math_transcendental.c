/* Checks transcendental math functions (printed to 12 significant digits): sin cos tan exp log pow atan2 hypot etc. */
#include <stdio.h>
#include <math.h>
int main(void) {
    for (int i = -8; i <= 8; i++) {
        double x = i * 0.4;
        printf("x=%.2f sin=%.12g cos=%.12g tan=%.12g atan=%.12g exp=%.12g sinh=%.12g cosh=%.12g tanh=%.12g\n",
               x, sin(x), cos(x), tan(x), atan(x), exp(x), sinh(x), cosh(x), tanh(x));
    }
    for (int i = 1; i <= 12; i++) {
        double x = i * 0.75;
        printf("x=%.2f log=%.12g log10=%.12g log2=%.12g log1p=%.12g expm1=%.12g sqrt=%.12g\n", x, log(x), log10(x), log2(x), log1p(x), expm1(x / 10), sqrt(x));
    }
    for (int i = -10; i <= 10; i += 2) printf("asin/acos(%.1f)=%.12g %.12g\n", i / 10.0, asin(i / 10.0), acos(i / 10.0));
    printf("pow: %.12g %.12g %.12g %.12g %.12g\n", pow(2.0, 10.0), pow(2.0, 0.5), pow(-2.0, 3.0), pow(10.0, -3.0), pow(1.5, 2.5));
    printf("pow special: %g %g %g\n", pow(0.0, 0.0), pow(-1.0, 1e300), pow(2.0, -1075));
    double pts[][2] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 0}};
    for (int i = 0; i < 9; i++) printf("atan2(%g,%g)=%.12g hypot=%.12g\n", pts[i][0], pts[i][1], atan2(pts[i][0], pts[i][1]), hypot(pts[i][0], pts[i][1]));
    printf("hypot(3,4)=%g hypot(1e200,1e200)=%.12g\n", hypot(3, 4), hypot(1e200, 1e200));
    printf("float: %.6g %.6g %.6g %.6g\n", sinf(1.0f), expf(2.0f), logf(10.0f), powf(3.0f, 0.5f));
    printf("M_PI-ish %.15f %.15f\n", acos(-1.0), 4 * atan(1.0));
    printf("erf %.12g tgamma %.12g lgamma %.12g\n", erf(0.5), tgamma(5.0), lgamma(10.0));
    return 0;
}
