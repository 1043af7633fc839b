/* Checks a uint64_t-array bitset: set/clear/test, union/intersection/difference, popcount, iteration and a bit sieve. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#define NB 1000
#define W ((NB + 63) / 64)
typedef struct { uint64_t w[W]; } BS;
static void bset(BS *b, int i) { b->w[i >> 6] |= 1ull << (i & 63); }
static void bclr(BS *b, int i) { b->w[i >> 6] &= ~(1ull << (i & 63)); }
static int btest(const BS *b, int i) { return (int)(b->w[i >> 6] >> (i & 63)) & 1; }
static int bcount(const BS *b) { int c = 0; for (int i = 0; i < W; i++) c += __builtin_popcountll(b->w[i]); return c; }
static int bnext(const BS *b, int from) { for (int i = from; i < NB;) { uint64_t x = b->w[i >> 6] >> (i & 63); if (x) return i + __builtin_ctzll(x); i = (i | 63) + 1; } return -1; }
int main(void) {
    BS a, b, u, in, df; memset(&a, 0, sizeof a); memset(&b, 0, sizeof b);
    for (int i = 0; i < NB; i += 3) bset(&a, i); for (int i = 0; i < NB; i += 5) bset(&b, i); bclr(&a, 999); bclr(&a, 0);
    for (int i = 0; i < W; i++) { u.w[i] = a.w[i] | b.w[i]; in.w[i] = a.w[i] & b.w[i]; df.w[i] = a.w[i] & ~b.w[i]; }
    printf("a=%d b=%d union=%d inter=%d diff=%d\n", bcount(&a), bcount(&b), bcount(&u), bcount(&in), bcount(&df));
    printf("inter:"); for (int i = bnext(&in, 0), k = 0; i >= 0 && k < 12; i = bnext(&in, i + 1), k++) printf(" %d", i); printf("\n");
    printf("test %d %d %d %d\n", btest(&a, 3), btest(&a, 4), btest(&u, 10), btest(&df, 15));
    BS pr; memset(&pr, 0xFF, sizeof pr); bclr(&pr, 0); bclr(&pr, 1); for (int i = 2; i * i < NB; i++) if (btest(&pr, i)) for (int j = i * i; j < NB; j += i) bclr(&pr, j);
    for (int i = NB; i < W * 64; i++) pr.w[i >> 6] &= ~(1ull << (i & 63));
    printf("primes<%d=%d last:", NB, bcount(&pr)); int last = -1; for (int i = bnext(&pr, 0); i >= 0; i = bnext(&pr, i + 1)) last = i; printf(" %d\n", last);
    for (int i = 0; i < 4; i++) printf("%016llx\n", (unsigned long long)pr.w[i]);
    return 0;
}
