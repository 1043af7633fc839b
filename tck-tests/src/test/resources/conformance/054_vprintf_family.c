/* Checks passing va_list to vprintf, vsnprintf, vfprintf and vsprintf from user variadic wrappers. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
static int logf_(const char *lvl, const char *fmt, ...) { va_list ap; va_start(ap, fmt); printf("[%s] ", lvl); int r = vprintf(fmt, ap); va_end(ap); return r; }
static char *fmt_buf(char *buf, size_t n, const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vsnprintf(buf, n, fmt, ap); va_end(ap); printf("(r=%d) ", r); return buf; }
static void twice(const char *fmt, ...) { va_list ap, cp; va_start(ap, fmt); va_copy(cp, ap); vprintf(fmt, ap); char b[64]; vsprintf(b, fmt, cp); printf("again:%s", b); va_end(cp); va_end(ap); }
static void err(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vfprintf(stderr, fmt, ap); va_end(ap); }
static int count_len(const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vsnprintf(NULL, 0, fmt, ap); va_end(ap); return r; }
int main(void) {
    int r = logf_("INFO", "value=%d name=%s pi=%.3f\n", 42, "x", 3.14159); printf("r=%d\n", r);
    logf_("WARN", "%5.2f%% %c %lu %lld\n", 99.5, 'k', 123UL, -77LL);
    char buf[12];
    printf("%s\n", fmt_buf(buf, sizeof buf, "%s-%d-%s", "abcdef", 12345, "tail"));
    printf("%s\n", fmt_buf(buf, sizeof buf, "%x", 255u));
    twice("%d %s %.1f %ld %d %d %d %d %.2f %.2f\n", 1, "two", 3.0, 4L, 5, 6, 7, 8, 9.0, 10.0);
    err("this goes to stderr %d\n", 5);
    printf("len=%d\n", count_len("%d %s %e", 123456, "hello", 1.5));
    char big[200]; size_t used = 0;
    for (int i = 0; i < 5; i++) { strcpy(big + used, fmt_buf(buf, sizeof buf, "<%d>", i * 11)); used = strlen(big); }
    printf("\n%s\n", big);
    return 0;
}
