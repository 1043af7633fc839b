/* Checks bit manipulation idioms: masks, set/clear/toggle, isolate lowest bit, gray code, reverse. */
#include <stdio.h>
#include <stdint.h>
static uint32_t rev32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}
static int popc(uint32_t x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }
int main(void) {
    uint32_t x = 0;
    for (int i = 0; i < 32; i += 3) x |= 1u << i;
    printf("%08x\n", x);
    x &= ~(1u << 9); x ^= 0xFF; printf("%08x\n", x);
    for (uint32_t v = 1; v < 200; v = v * 3 + 1) {
        printf("v=%u low=%u clearlow=%u gray=%u ungray=", v, v & -v, v & (v - 1), v ^ (v >> 1));
        uint32_t g = v ^ (v >> 1), b = 0; for (; g; g >>= 1) b ^= g; printf("%u rev=%08x pow2=%d pop=%d\n", b, rev32(v), (v & (v - 1)) == 0, popc(v));
    }
    uint64_t mask = 0;
    for (int i = 0; i < 64; i++) if (i % 5 == 0 || i % 7 == 0) mask |= 1ull << i;
    printf("%016llx\n", (unsigned long long)mask);
    int s = -37; int sign = (s > 0) - (s < 0); unsigned absv = (unsigned)(s < 0 ? -s : s);
    printf("%d %u\n", sign, absv);
    uint32_t a = 1234, b = 5678; a ^= b; b ^= a; a ^= b; printf("%u %u\n", a, b);
    uint32_t n = 1000; n--; n |= n >> 1; n |= n >> 2; n |= n >> 4; n |= n >> 8; n |= n >> 16; n++;
    printf("nextpow2=%u\n", n);
    return 0;
}
