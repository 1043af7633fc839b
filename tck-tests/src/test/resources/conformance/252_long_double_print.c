/* Checks printf of long double with %Lf %Le %Lg %La: many digits, precision, width and flags, extreme exponents. */
#include <stdio.h>

int main(void) {
    long double v[] = {1.0L / 3, 2.0L / 3, 0.1L, 1e-5L, 123456789.125L, 1e4000L, 1e-4000L, 3.6451995318824746025e-4951L,
                       1.18973149535723176502e+4932L, 0.5L, 1.5L, 2.5L, 9.999999999999999999e20L, -0.0L, 0.0L};
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++) {
        printf("%.30Lf|%.25Le|%.21Lg|%La|%.3La\n", v[i] < 1e30L ? v[i] : 0, v[i], v[i], v[i], v[i]);
        printf("%Lf|%Le|%Lg|%#.0Lf|%#Lg|%+.10Le|% .5Lg\n", v[i] < 1e30L ? v[i] : 1, v[i], v[i], v[i] < 1e30L ? v[i] : 1, v[i], v[i], v[i]);
        printf("[%30.10Lf][%-30.5Le][%030.12Lg]\n", v[i] < 1e30L ? v[i] : 1, v[i], v[i]);
    }
    printf("%.0Lf %.0Lf %.0Lf %.0Lf\n", 0.5L, 1.5L, 2.5L, 3.5L);
    printf("%.1Lf %.2Lf %.3Lf\n", 0.25L, 0.125L, 0.0625L);
    printf("%.60Lf\n", 1.0L / 3);
    printf("%.70Le\n", 1.0L / 7);
    printf("%Lf\n", 1e4000L / 1e3990L);
    printf("%.0Lf\n", 1e25L);
    printf("%.20Lg %.20Lg\n", 1e25L, 1e-25L);
    printf("%LG %LE %LA\n", 1e-10L, 1e100L, 255.5L);
    printf("%Lg %Lg %Lg\n", 1.0L / 0.0L, -1.0L / 0.0L, 100000.0L);
    return 0;
}
