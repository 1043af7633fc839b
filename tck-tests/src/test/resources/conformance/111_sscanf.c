/* Checks sscanf conversions: %d %i %u %x %o %f %lf %s %c %[...] %n, widths, suppression (*), literal matching and return values. */
#include <stdio.h>
int main(void) {
    int a, b, c, n; unsigned u; double d; float f; char s[32], t[32]; long l; long long ll; short h; unsigned char hh;
    int r = sscanf("12 -34 0x1F", "%d %d %i", &a, &b, &c); printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("0755 0x10 10", "%i %i %i", &a, &b, &c); printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("ff 777 4294967295", "%x %o %u", &a, &b, &u); printf("r=%d %d %d %u\n", r, a, b, u);
    r = sscanf("3.25 -1e-3 inf", "%f %lf %s", &f, &d, s); printf("r=%d %g %g %s\n", r, f, d, s);
    r = sscanf("key=value;rest", "%31[^=]=%31[^;];%n", s, t, &n); printf("r=%d [%s] [%s] n=%d\n", r, s, t, n);
    r = sscanf("abc123def", "%31[a-z]%d%31s", s, &a, t); printf("r=%d %s %d %s\n", r, s, a, t);
    r = sscanf("12345678", "%3d%2d%d", &a, &b, &c); printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("10 20 30", "%d %*d %d", &a, &b); printf("r=%d %d %d\n", r, a, b);
    r = sscanf("x y", "%c %c", s, t); printf("r=%d %c %c\n", r, s[0], t[0]);
    r = sscanf("  leading", "%c", s); printf("r=%d [%c]\n", r, s[0]);
    r = sscanf("(1,2)", "(%d,%d)", &a, &b); printf("r=%d %d %d\n", r, a, b);
    r = sscanf("(1;2)", "(%d,%d)", &a, &b); printf("r=%d\n", r);
    r = sscanf("", "%d", &a); printf("r=%d\n", r);
    r = sscanf("abc", "%d", &a); printf("r=%d\n", r);
    r = sscanf("9223372036854775807 -2147483648", "%lld %ld", &ll, &l); printf("r=%d %lld %ld\n", r, ll, l);
    r = sscanf("-129 300", "%hd %hhu", &h, &hh); printf("r=%d %d %u\n", r, h, hh);
    r = sscanf("100%", "%d%%", &a); printf("r=%d %d\n", r, a);
    int hr, mi, se; r = sscanf("2024-01-05T10:20:30", "%4d-%2d-%2dT%2d:%2d:%2d", &a, &b, &c, &hr, &mi, &se); printf("r=%d %d/%d/%d %d:%d:%d\n", r, a, b, c, hr, mi, se);
    r = sscanf("3.14abc", "%lf%n", &d, &n); printf("r=%d %g consumed=%d\n", r, d, n);
    double d2; r = sscanf("0x1p4 1e2", "%lf %lf", &d, &d2); printf("r=%d %g %g\n", r, d, d2);
    return 0;
}
