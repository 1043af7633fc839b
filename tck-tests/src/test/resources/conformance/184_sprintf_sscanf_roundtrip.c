/* Checks integer formatting/parsing round trips across bases and widths using sprintf and sscanf/strtoll over many values. */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
int main(void) {
    long long vals[] = {0, 1, -1, 127, -128, 32767, -32768, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 1234567890123LL, -987654321098LL};
    int bad = 0;
    for (int i = 0; i < 13; i++) { char d[32], x[32], o[32]; long long v = vals[i];
        sprintf(d, "%lld", v); sprintf(x, "%llx", (unsigned long long)v); sprintf(o, "%llo", (unsigned long long)v);
        long long a; unsigned long long b, c; sscanf(d, "%lld", &a); sscanf(x, "%llx", &b); sscanf(o, "%llo", &c);
        if (a != v || (long long)b != v || (long long)c != v) bad++; printf("%s %s %s\n", d, x, o); }
    unsigned s = 12345; for (int i = 0; i < 10000; i++) { s = s * 1103515245u + 12345u; int v = (int)s; char buf[16]; int n = snprintf(buf, sizeof buf, "%+d", v); char *e; long long back = strtoll(buf, &e, 10); if (back != v || e != buf + n) bad++; }
    for (int w = 1; w <= 12; w += 3) { char buf[32]; snprintf(buf, sizeof buf, "%0*d|%-*d|%*d", w, -42, w, 42, w, 42); printf("%s\n", buf); }
    printf("bad=%d\n", bad);
    return 0;
}
