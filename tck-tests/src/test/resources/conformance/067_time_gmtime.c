/* Checks deterministic time.h: gmtime of fixed time_t values, strftime formats, timegm/mktime-independent arithmetic. */
#include <stdio.h>
#include <time.h>
#include <string.h>
int main(void) {
    time_t ts[] = {0, 86399, 951782400, 1000000000, 1234567890, 1700000000, 2147483647, -86400, 4102444800LL};
    for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        struct tm tmv; struct tm *t = gmtime_r(&ts[i], &tmv);
        char buf[128];
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %u %w %y %C %e %p %I %%", t);
        printf("%lld: %s yday=%d wday=%d isdst=%d\n", (long long)ts[i], buf, t->tm_yday, t->tm_wday, t->tm_isdst);
        strftime(buf, sizeof buf, "%D %T %R %F %h", t); printf("  %s\n", buf);
    }
    struct tm *g = gmtime(&ts[3]); printf("gmtime static: %d %d %d\n", g->tm_year + 1900, g->tm_mon + 1, g->tm_mday);
    struct tm in = {0}; in.tm_year = 2000 - 1900; in.tm_mon = 1; in.tm_mday = 29; in.tm_hour = 12;
    char out[64]; size_t n = strftime(out, sizeof out, "%Y/%m/%d %H", &in); printf("%s n=%zu\n", out, n);
    char small[4]; n = strftime(small, sizeof small, "%Y-%m-%d", &in); printf("small n=%zu\n", n);
    double diff = difftime((time_t)1000, (time_t)250); printf("difftime=%g\n", diff);
    printf("asctime-ish: %.24s\n", asctime(gmtime(&ts[4])));
    return 0;
}
