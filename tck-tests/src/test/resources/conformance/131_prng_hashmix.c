/* Checks deterministic integer PRNGs and mixers: xorshift32/64, splitmix64, PCG32, LCG, murmur3 finalizer. */
#include <stdio.h>
#include <stdint.h>
static uint32_t xs32(uint32_t *s) { uint32_t x = *s; x ^= x << 13; x ^= x >> 17; x ^= x << 5; return *s = x; }
static uint64_t xs64(uint64_t *s) { uint64_t x = *s; x ^= x << 13; x ^= x >> 7; x ^= x << 17; return *s = x; }
static uint64_t splitmix(uint64_t *s) { uint64_t z = (*s += 0x9E3779B97F4A7C15ull); z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull; z = (z ^ (z >> 27)) * 0x94D049BB133111EBull; return z ^ (z >> 31); }
static uint32_t pcg(uint64_t *st) { uint64_t old = *st; *st = old * 6364136223846793005ull + 1442695040888963407ull; uint32_t xsh = (uint32_t)(((old >> 18) ^ old) >> 27); uint32_t rot = (uint32_t)(old >> 59); return (xsh >> rot) | (xsh << ((32 - rot) & 31)); }
static uint32_t fmix32(uint32_t h) { h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16; return h; }
int main(void) {
    uint32_t a = 2463534242u; uint64_t b = 88172645463325252ull, c = 1234567, d = 42; uint32_t lcg = 1;
    for (int i = 0; i < 8; i++) { uint32_t r1 = xs32(&a); uint64_t r2 = xs64(&b); uint64_t r3 = splitmix(&c); uint32_t r4 = pcg(&d); lcg = lcg * 1103515245u + 12345u;
        printf("%08x %016llx %016llx %08x %08x %08x\n", r1, (unsigned long long)r2, (unsigned long long)r3, r4, lcg, fmix32((uint32_t)i)); }
    int hist[16] = {0}; for (int i = 0; i < 160000; i++) hist[pcg(&d) >> 28]++; for (int i = 0; i < 16; i++) printf("%d ", hist[i]); printf("\n");
    double sum = 0; for (int i = 0; i < 100000; i++) sum += (splitmix(&c) >> 11) * (1.0 / 9007199254740992.0); printf("mean=%.10f\n", sum / 100000);
    return 0;
}
