/* Checks mktime normalisation of out-of-range fields in a TZ-independent way (only relative differences and normalised fields). */
#include <stdio.h>
#include <time.h>
int main(void) {
    struct tm base = {0}; base.tm_year = 121; base.tm_mon = 5; base.tm_mday = 15; base.tm_hour = 12; base.tm_isdst = -1;
    struct tm b2 = base; time_t t0 = mktime(&b2);
    int offs[] = {1, 10, 16, 31, 365, -15, -400};
    for (int i = 0; i < 7; i++) {
        struct tm x = base; x.tm_mday += offs[i]; x.tm_isdst = -1; time_t t = mktime(&x);
        printf("+%d days -> %04d-%02d-%02d wday=%d yday=%d delta_days=%ld\n", offs[i], x.tm_year + 1900, x.tm_mon + 1, x.tm_mday, x.tm_wday, x.tm_yday, (long)(t >= t0 ? (t - t0 + 43200) / 86400 : -((t0 - t + 43200) / 86400)));
    }
    struct tm y = base; y.tm_mon = 13; y.tm_mday = 0; y.tm_isdst = -1; mktime(&y); printf("month13 day0 -> %04d-%02d-%02d\n", y.tm_year + 1900, y.tm_mon + 1, y.tm_mday);
    struct tm z = base; z.tm_sec = 3600 * 5 + 61; z.tm_isdst = -1; mktime(&z); printf("sec overflow -> %02d:%02d:%02d\n", z.tm_hour, z.tm_min, z.tm_sec);
    struct tm leap = {0}; leap.tm_year = 100; leap.tm_mon = 1; leap.tm_mday = 29; leap.tm_hour = 12; leap.tm_isdst = -1; mktime(&leap); printf("2000-02-29 wday=%d yday=%d\n", leap.tm_wday, leap.tm_yday);
    struct tm nl = {0}; nl.tm_year = 101; nl.tm_mon = 1; nl.tm_mday = 29; nl.tm_hour = 12; nl.tm_isdst = -1; mktime(&nl); printf("2001-02-29 -> %02d-%02d\n", nl.tm_mon + 1, nl.tm_mday);
    return 0;
}
