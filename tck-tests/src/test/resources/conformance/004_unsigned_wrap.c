/* Checks unsigned wraparound arithmetic at all widths. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint8_t a8 = 250; uint16_t a16 = 65530; uint32_t a32 = 4294967290u; uint64_t a64 = UINT64_MAX - 5;
    for (int i = 0; i < 10; i++) {
        a8 += 1; a16 += 1; a32 += 1; a64 += 1;
        printf("%u %u %u %llu\n", a8, a16, a32, (unsigned long long)a64);
    }
    uint32_t z = 0; z -= 1; printf("%u\n", z);
    uint64_t m = 0x9E3779B97F4A7C15ull; uint64_t h = 1;
    for (int i = 0; i < 20; i++) { h = h * m + (uint64_t)i; printf("%016llx\n", (unsigned long long)h); }
    uint32_t h32 = 2166136261u;
    for (int i = 0; i < 256; i++) { h32 ^= (uint32_t)i; h32 *= 16777619u; }
    printf("fnv=%08x\n", h32);
    unsigned x = 3; unsigned y = 5;
    printf("%u %u %u\n", x - y, y - x, (x - y) / 2);
    unsigned long long big = 1ull << 63;
    printf("%llu %llu\n", big * 2, big + big - 1);
    uint16_t p = 300; uint16_t q = 300; uint32_t pq = (uint32_t)p * q;
    printf("%u\n", pq);
    return 0;
}
