/* Checks strtol/strtoul/strtoll/strtoull with bases, endptr, whitespace, signs, overflow (ERANGE), atoi/atol. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
int main(void) {
    const char *in[] = {"123", "  -456xyz", "+789", "0x1F", "0X1f", "077", "0", "", "abc", "2147483648", "-9223372036854775809",
                        "9223372036854775807", "  +0x", "1010", "zz", "-0", "18446744073709551615", "18446744073709551616", "-1"};
    int bases[] = {10, 0, 16, 8, 2, 36};
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        printf("'%s':", in[i]);
        for (int b = 0; b < 6; b++) {
            char *end; errno = 0; long v = strtol(in[i], &end, bases[b]);
            printf(" b%d=%ld/%td/%d", bases[b], v, end - in[i], errno == ERANGE);
        }
        char *e2; errno = 0; unsigned long uv = strtoul(in[i], &e2, 0); printf(" ul=%lu/%td/%d", uv, e2 - in[i], errno == ERANGE);
        char *e3; errno = 0; long long llv = strtoll(in[i], &e3, 10); printf(" ll=%lld/%d", llv, errno == ERANGE);
        char *e4; errno = 0; unsigned long long ullv = strtoull(in[i], &e4, 10); printf(" ull=%llu/%d\n", ullv, errno == ERANGE);
    }
    printf("%d %d %d %ld %lld\n", atoi("42"), atoi("  -17abc"), atoi("x"), atol("1234567890123"), atoll("-99999999999"));
    const char *list = "10 20 0x30 -40 0755"; char *p = (char *)list; long tot = 0;
    for (;;) { char *e; long v = strtol(p, &e, 0); if (e == p) break; printf("%ld ", v); tot += v; p = e; } printf("tot=%ld\n", tot);
    return 0;
}
