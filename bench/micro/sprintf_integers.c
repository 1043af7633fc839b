/* 1M sprintf of three integers per iteration, 8 iterations; each iteration's seconds go to
 * stderr. Native: clang -O2 sprintf_integers.c; ours: bin/dsu run (docs/benchmarks.md part 9). */
#include <stdio.h>
#include <time.h>
#include <string.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
int main(void) {
    char buf[128]; unsigned seed = 1; unsigned long h = 0;
    for (int it = 0; it < 8; it++) {
        double t0 = now();
        for (int i = 0; i < 1000000; i++) {
            seed = seed * 1103515245u + 12345u;
            int n = sprintf(buf, "w%u-%d:%x", (seed >> 8) % 100000, i % 97, seed & 0xfff);
            h = h * 31 + n + (unsigned char)buf[n / 2];
        }
        fprintf(stderr, "%.3f ", now() - t0);
    }
    printf("%lu\n", h);
    return 0;
}
