/* Checks variadic default argument promotions (char/short->int, float->double), long double and mixed long/double va_args. */
#include <stdio.h>
#include <stdarg.h>
static void show(const char *types, ...) { va_list ap; va_start(ap, types);
    for (const char *t = types; *t; t++) switch (*t) {
        case 'c': printf("c=%d ", va_arg(ap, int)); break; case 'h': printf("h=%d ", va_arg(ap, int)); break;
        case 'f': printf("f=%.7g ", va_arg(ap, double)); break; case 'D': printf("D=%.18Lg ", va_arg(ap, long double)); break;
        case 'u': printf("u=%u ", (unsigned char)va_arg(ap, int)); break; case 'l': printf("l=%ld ", va_arg(ap, long)); break;
        case 'b': printf("b=%d ", va_arg(ap, int)); break; }
    va_end(ap); printf("\n"); }
static long double ld_sum(int n, ...) { va_list ap; va_start(ap, n); long double s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, long double); va_end(ap); return s; }
static double vsum(int n, va_list ap) { double s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, double); return s; }
static double twice_sum(int n, ...) { va_list ap, cp; va_start(ap, n); va_copy(cp, ap); double a = vsum(n, ap); double b = vsum(n, cp); va_end(cp); va_end(ap); return a + b; }
int main(void) {
    char c = -5; short h = -30000; float f = 1.1f; unsigned char uc = 250; _Bool b = 1;
    show("chfubl", c, h, f, uc, b, -123456789L);
    show("DfD", 1.0L / 3, 2.5f, -1e100L);
    show("fffffffffff", 1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f, 9.f, 10.f, 11.f);
    printf("ld_sum=%.18Lg\n", ld_sum(4, 0.1L, 0.2L, 0.3L, 1e-20L));
    printf("twice=%g\n", twice_sum(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
    return 0;
}
