/* Checks printf rounding behaviour: %.Nf/%.Ne/%.Ng on halfway cases, large precisions, and %g exponent switching. */
#include <stdio.h>
int main(void) {
    double v[] = {0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123456.5, 999999.5, 9.9995, 0.00001234, 1e15, 1e16, 1e17, 5e-324, 1.7976931348623157e308};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        printf("%.0f|%.1f|%.2f|%.3e|%.0e|%g|%.1g|%.2g|%.10g|%.17g|%#.3g\n", v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i], v[i]);
    }
    printf("%.40f\n", 0.1);
    printf("%.60e\n", 1.0 / 3.0);
    printf("%.30g\n", 2.0 / 3.0);
    printf("%.0f\n", 1e300);
    printf("%f\n", 123456789012345678901234567890.0);
    for (int p = 0; p <= 8; p++) printf("%.*g ", p, 3.14159265358979); printf("\n");
    for (int e = -6; e <= 6; e++) { double x = 1.5; for (int k = 0; k < e; k++) x *= 10; for (int k = 0; k > e; k--) x /= 10; printf("%g ", x); } printf("\n");
    float f = 16777215.0f; printf("%f %e %g\n", f, f, f);
    return 0;
}
