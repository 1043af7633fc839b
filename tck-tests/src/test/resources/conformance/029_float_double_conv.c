/* Checks float<->double<->long double conversions, rounding and subnormals. */
#include <stdio.h>
#include <float.h>
int main(void) {
    double d[] = {0.1, 1.0 / 3, 3.4028234663852886e38, 3.5e38, 1e-40, 1e-46, 1.00000005960464477539, 16777217.0, -2.5};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++) {
        float f = (float)d[i]; double back = f; long double ld = d[i];
        printf("%.17g -> %.9g back %.17g ld %.21Lg\n", d[i], (double)f, back, ld);
    }
    printf("FLT_MAX=%.9g FLT_MIN=%.9g FLT_EPSILON=%.9g FLT_DIG=%d FLT_MANT_DIG=%d\n", FLT_MAX, FLT_MIN, FLT_EPSILON, FLT_DIG, FLT_MANT_DIG);
    printf("DBL_MAX=%.17g DBL_MIN=%.17g DBL_EPSILON=%.17g DBL_DIG=%d DBL_MANT_DIG=%d\n", DBL_MAX, DBL_MIN, DBL_EPSILON, DBL_DIG, DBL_MANT_DIG);
    printf("FLT_RADIX=%d DBL_MAX_EXP=%d DBL_MIN_EXP=%d FLT_EVAL_METHOD=%d\n", FLT_RADIX, DBL_MAX_EXP, DBL_MIN_EXP, FLT_EVAL_METHOD);
    long double l = 1.0L / 3; double dl = (double)l; float fl = (float)l;
    printf("%.21Lg %.17g %.9g\n", l, dl, (double)fl);
    float sum = 0; double dsum = 0;
    for (int i = 0; i < 1000; i++) { sum += (float)(i * 0.001); dsum += i * 0.001; }
    printf("%.9g %.17g\n", (double)sum, dsum);
    float sub = 1e-39f; printf("%.9g %a\n", (double)sub, (double)sub);
    return 0;
}
