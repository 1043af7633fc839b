/* Checks printf floating conversions %f %e %g %a %F %E %G %A with flags, width and precision. */
#include <stdio.h>
int main(void) {
    double v[] = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456789.0, 1e21, 0.000123456, 2.5, 0.5, 1e100, 9.9999999};
    const char *fmts[] = {"%f", "%.0f", "%.3f", "%10.2f", "%-10.2f|", "%+f", "% f", "%010.3f", "%#.0f",
                          "%e", "%.0e", "%.3e", "%12.4E", "%+e", "%g", "%.0g", "%.3g", "%#g", "%G", "%10g", "%-10g|",
                          "%a", "%.0a", "%.3a", "%A", "%#a", "%F"};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        for (unsigned j = 0; j < sizeof fmts / sizeof fmts[0]; j++) {
            printf("[");
            printf(fmts[j], v[i]);
            printf("]");
        }
        printf("\n");
    }
    printf("%.20f\n%.30e\n%.17g\n", 0.1, 0.1, 0.1);
    printf("%f %f %f\n", 0.125, 0.375, 2.5);
    printf("%.1f %.1f %.1f %.1f\n", 0.25, 0.35, 0.45, -0.25);
    printf("%.2e %.2e\n", 1.125, 1.135);
    printf("%g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001);
    printf("%5.1f|%-8.3e|%08.2f|%+.2g\n", -2.25, 1234.5, -3.5, 0.000777);
    return 0;
}
