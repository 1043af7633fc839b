/* Checks left/right shifts on signed (non-negative left; arithmetic right) and unsigned values. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    for (int s = 0; s < 32; s++) {
        unsigned u = 0xDEADBEEFu;
        int neg = -123456789;
        printf("%2d: %08x %08x %d %d\n", s, u << s, u >> s, neg >> s, 1 << (s % 31));
    }
    for (int s = 0; s < 64; s += 5) {
        uint64_t u = 0xFEDCBA9876543210ull; int64_t n = INT64_MIN + 12345;
        printf("%2d: %016llx %016llx %lld\n", s, (unsigned long long)(u << s), (unsigned long long)(u >> s), (long long)(n >> s));
    }
    unsigned char c = 0x81; printf("%d %d\n", c << 4, c >> 3);
    signed char sc = -128; printf("%d\n", sc >> 2);
    volatile int vs = 40; unsigned long long w = 1ull << vs; printf("%llu\n", w);
    int x = 5; x <<= 3; x >>= 1; printf("%d\n", x);
    return 0;
}
