/* Checks variadic calls with more than 6 integer and more than 8 double args (stack overflow area), and va_copy. */
#include <stdio.h>
#include <stdarg.h>
static void mixed(int count, ...) {
    va_list ap, ap2; va_start(ap, count); va_copy(ap2, ap);
    long isum = 0; double dsum = 0;
    for (int i = 0; i < count; i++) {
        if (i % 3 == 2) { double d = va_arg(ap, double); dsum += d; printf("d%g ", d); }
        else { long l = va_arg(ap, long); isum += l; printf("l%ld ", l); }
    }
    printf("\nisum=%ld dsum=%g\n", isum, dsum);
    /* second pass with the copy */
    int cnt = 0; for (int i = 0; i < count; i++) { if (i % 3 == 2) { if (va_arg(ap2, double) > 5) cnt++; } else { if (va_arg(ap2, long) > 5) cnt++; } }
    printf("gt5=%d\n", cnt);
    va_end(ap2); va_end(ap);
}
static double all_doubles(int n, ...) { va_list ap; va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) { double d = va_arg(ap, double); s = s * 2 + d; } va_end(ap); return s; }
static long all_ints(int n, ...) { va_list ap; va_start(ap, n); long s = 0; for (int i = 0; i < n; i++) s = s * 3 + va_arg(ap, int); va_end(ap); return s; }
static void consume(va_list *app, int n) { for (int i = 0; i < n; i++) printf("[%d]", va_arg(*app, int)); }
static void split(int n, ...) { va_list ap; va_start(ap, n); consume(&ap, n / 2); printf(" | "); consume(&ap, n - n / 2); printf("\n"); va_end(ap); }
struct S { int a; double b; };
static void structs(int n, ...) { va_list ap; va_start(ap, n); for (int i = 0; i < n; i++) { struct S s = va_arg(ap, struct S); printf("{%d,%g}", s.a, s.b); } printf("\n"); va_end(ap); }
int main(void) {
    mixed(21, 1L, 2L, 3.5, 4L, 5L, 6.5, 7L, 8L, 9.5, 10L, 11L, 12.5, 13L, 14L, 15.5, 16L, 17L, 18.5, 19L, 20L, 21.5);
    printf("%g\n", all_doubles(12, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.5));
    printf("%ld\n", all_ints(15, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0));
    split(11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    structs(5, (struct S){1, 1.5}, (struct S){2, 2.5}, (struct S){3, 3.5}, (struct S){4, 4.5}, (struct S){5, 5.5});
    return 0;
}
