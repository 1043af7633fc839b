/* POSIX positional arguments in printf formats (%n$, *m$), as translated messages use them:
 * reordered, repeated, mixing integers, doubles and long doubles (which travel in different
 * registers or on the stack), more arguments than registers hold, through a va_list, and
 * scanf's pointers by position. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int message(char *out, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, size, fmt, ap);
    va_end(ap);
    return n;
}

static void say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

int main(void) {
    char fmt[128];
    char out[256];

    printf("%2$s %1$s!\n", "world", "hello");
    printf("%1$d %1$x %1$o %2$*3$d|%2$-*3$d|\n", 255, 7, 5);
    printf("%3$.*1$f %2$c %4$e\n", 2, 'z', 3.14159, 12345.678);
    printf("%4$s %3$Lf %2$g %1$d\n", 9, 0.25, (long double)1.5, "mixed");

    /* ten arguments: past the six integer and eight floating-point registers */
    printf("%10$d %9$g %8$d %7$g %6$d %5$g %4$d %3$g %2$d %1$g\n",
           0.5, 2, 3.5, 4, 5.5, 6, 7.5, 8, 9.5, 10);

    /* the same format from a buffer, used twice with other arguments */
    strcpy(fmt, "[%2$*1$s|%3$.*4$s]");
    for (int i = 0; i < 2; i++) {
        printf(fmt, 6 + i, "ab", "abcdef", 2 + i);
        printf("\n");
    }

    /* through a va_list */
    int n = message(out, sizeof out, "%3$s has %1$d items costing %2$.2f", 3, 9.99, "cart");
    printf("%s (%d)\n", out, n);
    n = message(out, 10, "%2$s-%1$s", "left", "right");
    printf("%s (%d)\n", out, n);
    say("%2$05d %1$+.1e\n", 6.02e23, 42);

    /* %n by position */
    int count = -1;
    printf("abc%2$n%1$d\n", 77, &count);
    printf("count %d\n", count);

    /* and scanf's positional pointers */
    double d = 0;
    char word[16] = "";
    int k = 0, consumed = 0;
    int got = sscanf("12 ab 3.5 tail", "%3$d %2$15s %1$lf%4$n", &d, word, &k, &consumed);
    printf("%d: %d %s %.2f %d\n", got, k, word, d, consumed);
    got = sscanf("7:8", "%2$d:%1$d", &k, &consumed);
    printf("%d: %d %d\n", got, k, consumed);
    return 0;
}
