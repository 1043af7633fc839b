/* sieve: Eratosthenes up to n, repeated; counts primes and sums the last ones. */
#define BENCH_NAME "sieve"
#include "bench.h"
#include <string.h>

static double bench_work(int n) {
    char *flags = malloc(n + 1);
    long count = 0, sum = 0;
    for (int rep = 0; rep < 10; rep++) {
        memset(flags, 1, n + 1);
        flags[0] = flags[1] = 0;
        for (long i = 2; i * i <= n; i++)
            if (flags[i]) for (long j = i * i; j <= n; j += i) flags[j] = 0;
        count = 0; sum = 0;
        for (int i = 0; i <= n; i++) if (flags[i]) { count++; sum = (sum + i) % 1000000007; }
    }
    free(flags);
    return (double)count * 1e9 + (double)sum;
}
