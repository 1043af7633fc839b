/* Checks scanf %Lf/%Lg/%Le and strtold: decimal and hex input rounded once to long double, printed back exactly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static void show(const char *in, long double x) {
    unsigned char b[10];
    memcpy(b, &x, 10);
    printf("%-40s ", in);
    for (int i = 9; i >= 0; i--) printf("%02x", b[i]);
    printf(" %.21Lg %La\n", x, x);
}

int main(void) {
    const char *inputs[] = {"0.1", "0.333333333333333333342", "3.14159265358979323846264338327950288", "1e4932", "1.18973149535723176502e+4932",
                            "1.2e4932", "3.6e-4951", "1.9e-4951", "1e-4952", "-2.5", "123456789012345678901234567890", "0x1.fffffffffffffffep0",
                            "0x1.ffffffffffffffff8p0", "0x8p-3", "  +7.5e-3xyz", "inf", "-infinity", "0.00000000000000000000000000001234567890123456789",
                            "18446744073709551615.5", "9.9999999999999999999999e-1"};
    int n = sizeof inputs / sizeof inputs[0];
    for (int i = 0; i < n; i++) {
        char *end;
        errno = 0;
        long double x = strtold(inputs[i], &end);
        show(inputs[i], x);
        printf("  consumed %d errno %s\n", (int)(end - inputs[i]), errno == ERANGE ? "ERANGE" : "0");
    }
    long double a, b, c;
    int got = sscanf("2.718281828459045235360287 -1.5e-300 0x1p-16400", "%Lf %Le %Lg", &a, &b, &c);
    printf("sscanf got %d\n", got);
    show("a", a);
    show("b", b);
    show("c", c);
    double d;
    float f;
    sscanf("0.1 0.1", "%lf %f", &d, &f);
    printf("%.20g %.20g %d\n", d, (double)f, (long double)d == 0.1L);
    return 0;
}
