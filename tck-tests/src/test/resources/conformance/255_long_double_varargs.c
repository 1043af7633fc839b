/* Checks long double through variadic functions (va_arg, vprintf), struct fields, arrays and function results. */
#include <stdarg.h>
#include <stdio.h>

struct rec { char tag; long double value; int count; };

static long double total(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) {
        if (i % 2) s += va_arg(ap, double);
        else s += va_arg(ap, long double);
    }
    va_end(ap);
    return s;
}

static void say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

static long double scale(struct rec r, long double k) {
    long double p = r.value * k; /* a separate statement: no contraction to fma */
    return p + r.count;
}

int main(void) {
    long double t = total(6, 1.0L / 3, 0.1, 2.0L / 3, 0.2, 1e-25L, 0.3);
    printf("total %.25Lg\n", t);
    say("say %d %.22Lg %s %.22Le %c\n", 7, 1.0L / 7, "mid", 22.0L / 7, 'z');
    struct rec rs[3] = {{'a', 1.0L / 9, 1}, {'b', 1e100L / 3, 2}, {'c', -5.0L / 11, 3}};
    for (int i = 0; i < 3; i++) printf("%c %.21Lg %d -> %.21Lg\n", rs[i].tag, rs[i].value, rs[i].count, scale(rs[i], 3.0L));
    long double arr[8];
    for (int i = 0; i < 8; i++) arr[i] = (i + 1) / 7.0L;
    long double prod = 1;
    for (int i = 0; i < 8; i++) prod *= arr[i];
    printf("prod %.25Lg sizeof %zu\n", prod, sizeof arr);
    return 0;
}
