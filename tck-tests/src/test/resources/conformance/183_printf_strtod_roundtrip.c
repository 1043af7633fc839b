/* Checks that %.17g printing followed by strtod parsing round-trips doubles exactly, and %.9g for floats, over many values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    int fails = 0, count = 0; unsigned long long s = 88172645463325252ull;
    for (int i = 0; i < 20000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        double d; unsigned long long bits = s & 0x7FEFFFFFFFFFFFFFull; memcpy(&d, &bits, sizeof d);
        char buf[40]; snprintf(buf, sizeof buf, "%.17g", d); double back = strtod(buf, NULL);
        if (memcmp(&back, &d, sizeof d) != 0) fails++; count++;
        if (i % 2500 == 0) printf("%s\n", buf);
    }
    printf("double roundtrip count=%d fails=%d\n", count, fails);
    int ff = 0; for (int i = 0; i < 20000; i++) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; unsigned b32 = (unsigned)(s >> 32) & 0x7F7FFFFFu; float f; memcpy(&f, &b32, sizeof f);
        char buf[32]; snprintf(buf, sizeof buf, "%.9g", f); float back = strtof(buf, NULL); if (memcmp(&back, &f, sizeof f)) ff++; }
    printf("float fails=%d\n", ff);
    const char *sh[] = {"0.1", "1e23", "5e-324", "2.2250738585072011e-308", "9007199254740993", "0.30000000000000004"};
    for (int i = 0; i < 6; i++) { double d = strtod(sh[i], NULL); printf("%s -> %.17g -> %a\n", sh[i], d, d); }
    return 0;
}
