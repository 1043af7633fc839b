/* Checks integer division and modulo truncation toward zero with negative operands. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    for (int a = -10; a <= 10; a += 3)
        for (int b = -4; b <= 4; b++) {
            if (b == 0) continue;
            printf("%3d/%2d=%3d %3d%%%2d=%3d\n", a, b, a / b, a, b, a % b);
        }
    long long la = -1000000000007LL;
    printf("%lld %lld\n", la / 13, la % 13);
    div_t d = div(-17, 5); ldiv_t ld = ldiv(17L, -5L); lldiv_t lld = lldiv(-17LL, -5LL);
    printf("%d %d %ld %ld %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);
    unsigned u = 17; printf("%u %u\n", u / 5, u % 5);
    /* floor division emulation */
    for (int a = -7; a <= 7; a += 7) {
        int b = 3; int q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        int m = a - q * b;
        printf("floordiv %d %d -> %d %d\n", a, b, q, m);
    }
    short s = -32768; printf("%d\n", s / -1);
    signed char c = -128; printf("%d\n", c / -1);
    return 0;
}
