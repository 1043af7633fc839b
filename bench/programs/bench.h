/* Shared driver for the dsu benchmark programs (bench/README.md).
 *
 *   prog SIZE          run the work once, print its checksum on stdout
 *   prog SIZE K        run it K times in one process (peak mode); each iteration's wall time
 *                      goes to stderr as "iteration I SECONDS"; the checksum is printed once
 *   prog SIZE 0        return at once (load-time mode: parse + prepare + first call)
 *
 * A program defines BENCH_NAME and `static double bench_work(int n)` (deterministic; the
 * result is printed with %.6f so every runtime must print exactly what native prints). */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>

static double bench_work(int n);

static double bench_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1;
    int iterations = argc > 2 ? atoi(argv[2]) : 1;
    double result = 0;
    for (int i = 0; i < iterations; i++) {
        double t0 = bench_now();
        result = bench_work(n);
        double t1 = bench_now();
        if (argc > 2) fprintf(stderr, "iteration %d %.6f\n", i, t1 - t0);
    }
    if (iterations > 0) printf("%s(%d) = %.6f\n", BENCH_NAME, n, result);
    return 0;
}
