/* Checks calling variadic functions (user-defined and printf/snprintf) through function pointers. */
#include <stdio.h>
#include <stdarg.h>
typedef int (*printf_t)(const char *, ...);
typedef int (*snprintf_t)(char *, size_t, const char *, ...);
static int my_sum(int n, ...) { va_list ap; va_start(ap, n); int s = 0; while (n--) s += va_arg(ap, int); va_end(ap); return s; }
static int my_logger(const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = printf("LOG: "); r += vprintf(fmt, ap); va_end(ap); return r; }
int main(void) {
    printf_t p = printf; int r = p("%s %d %.2f\n", "via pointer", 7, 2.5); printf("r=%d\n", r);
    printf_t tbl[] = {printf, my_logger};
    for (int i = 0; i < 2; i++) tbl[i]("entry %d: %5s|%-4d|%c\n", i, "ab", i * 11, 'A' + i);
    snprintf_t sp = snprintf; char buf[32]; r = sp(buf, sizeof buf, "%08.3f/%x", 3.14159, 48879); printf("%s r=%d\n", buf, r);
    int (*s)(int, ...) = my_sum; printf("sum=%d %d\n", s(3, 1, 2, 3), s(8, 1, 2, 3, 4, 5, 6, 7, 8));
    int (*vp)(const char *, va_list) = vprintf; (void)vp;
    return 0;
}
