/* Checks division and modulo by many constants (compiler magic-number lowering) for signed and unsigned operands. */
#include <stdio.h>
#include <stdint.h>
#define T(d) s1 += x / d + x % d; u1 += ux / d##u + ux % d##u; l1 += lx / d + lx % d;
int main(void) {
    long long s1 = 0, l1 = 0; unsigned long long u1 = 0;
    for (int i = -100000; i <= 100000; i += 37) {
        int x = i * 211; unsigned ux = (unsigned)i * 2654435761u; long long lx = (long long)i * 123456789LL;
        T(2) T(3) T(5) T(7) T(10) T(16) T(60) T(100) T(127) T(641) T(1000) T(65536) T(1000000007)
        s1 += x / -3 + x % -7 + x / -1024;
    }
    printf("%lld %llu %lld\n", s1, u1, l1);
    int edge[] = {2147483647, -2147483647 - 1, -1, 1, 0, -7, 7};
    for (int i = 0; i < 7; i++) printf("%d: %d %d %d %d %d %d\n", edge[i], edge[i] / 3, edge[i] % 3, edge[i] / 16, edge[i] % 16, edge[i] / 1000, edge[i] % -1000);
    uint64_t big = UINT64_MAX; printf("%llu %llu %llu\n", (unsigned long long)(big / 3), (unsigned long long)(big % 7), (unsigned long long)(big / 1000000007));
    return 0;
}
