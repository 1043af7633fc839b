/* Checks user-defined variadic functions with int, long, double, pointer and char* arguments. */
#include <stdio.h>
#include <stdarg.h>
static int sum_ints(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int); va_end(ap); return s; }
static double avg(int n, ...) { va_list ap; va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, double); va_end(ap); return n ? s / n : 0; }
static void typed(const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'l': printf("l:%ld ", va_arg(ap, long)); break;
        case 'L': printf("L:%lld ", va_arg(ap, long long)); break;
        case 'd': printf("d:%g ", va_arg(ap, double)); break;
        case 's': printf("s:%s ", va_arg(ap, const char *)); break;
        case 'p': { int *ip = va_arg(ap, int *); printf("p:%d ", *ip); break; }
        case 'c': printf("c:%c ", (char)va_arg(ap, int)); break;
        case 'u': printf("u:%u ", va_arg(ap, unsigned)); break;
        }
    }
    va_end(ap); printf("\n");
}
static const char *first_long(int n, ...) { va_list ap; va_start(ap, n); const char *best = ""; size_t bl = 0;
    for (int i = 0; i < n; i++) { const char *s = va_arg(ap, const char *); size_t l = 0; while (s[l]) l++; if (l > bl) { bl = l; best = s; } }
    va_end(ap); return best; }
int main(void) {
    printf("%d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("%g %g\n", avg(4, 1.0, 2.0, 3.0, 4.5), avg(1, (double)7.25f));
    int v = 77;
    typed("ilLdspcu", -5, 1234567890123L, -9000000000000LL, 2.5, "str", &v, 'Z', 4000000000u);
    typed("dididididid", 1.0, 2, 3.0, 4, 5.0, 6, 7.0, 8, 9.0, 10, 11.0);
    char c = 'q'; short sh = -3; float f = 1.5f;
    typed("iid", c, sh, f); /* default argument promotions */
    printf("%s\n", first_long(4, "ab", "abcde", "xyz", "abcd"));
    return 0;
}
