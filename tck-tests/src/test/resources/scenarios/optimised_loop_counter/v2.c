/* v2 (also built at -O2): the same loop, reporting differently: a loop whose counters live in registers, a helper that is not inlined. */
#include <stdio.h>
#include <stdlib.h>

static long total;

__attribute__((noinline)) static long weigh(long x) {
    return x * 3 + 1;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 6;
    long sum = 0;
    for (int i = 0; i < rounds; i++) {
        sum += weigh(i);
        total += i;
        printf("i=%d sum=%ld total=%ld (v2)\n", i, sum, total);
    }
    return 0;
}
