/* Checks __builtin_popcount/clz/ctz/ffs/parity/bswap and rotate idioms. */
#include <stdio.h>
#include <stdint.h>
static uint32_t rotl32(uint32_t x, unsigned r) { r &= 31; return r ? (x << r) | (x >> (32 - r)) : x; }
static uint32_t rotr32(uint32_t x, unsigned r) { return (x >> (r & 31)) | (x << ((32 - r) & 31)); }
static uint64_t rotl64(uint64_t x, unsigned r) { return (x << (r & 63)) | (x >> ((64 - r) & 63)); }
int main(void) {
    uint32_t vals[] = {1, 2, 3, 0x80000000u, 0xFFFFFFFFu, 0x12345678u, 0xF0F0F0F0u, 1000000u, 7u};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        uint32_t v = vals[i];
        printf("%08x pop=%d clz=%d ctz=%d ffs=%d par=%d bswap=%08x rl7=%08x rr7=%08x\n", v,
               __builtin_popcount(v), __builtin_clz(v), __builtin_ctz(v), __builtin_ffs((int)v),
               __builtin_parity(v), __builtin_bswap32(v), rotl32(v, 7), rotr32(v, 7));
    }
    uint64_t w[] = {1, 0x8000000000000000ull, 0x0123456789ABCDEFull, 0xFFFFFFFFFFFFFFFFull, 0x100000000ull};
    for (unsigned i = 0; i < 5; i++)
        printf("%016llx pop=%d clz=%d ctz=%d bswap=%016llx rl13=%016llx\n", (unsigned long long)w[i],
               __builtin_popcountll(w[i]), __builtin_clzll(w[i]), __builtin_ctzll(w[i]),
               (unsigned long long)__builtin_bswap64(w[i]), (unsigned long long)rotl64(w[i], 13));
    printf("bswap16=%04x ffs0=%d\n", __builtin_bswap16(0xABCD), __builtin_ffs(0));
    int total = 0;
    for (uint32_t x = 0; x < 100000; x++) total += __builtin_popcount(x);
    printf("total pop=%d\n", total);
    for (int r = 0; r < 40; r += 3) printf("%08x ", rotl32(0x80000001u, (unsigned)r));
    printf("\n");
    return 0;
}
