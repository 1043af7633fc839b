/* mandelbrot: n x n bitmap of the Mandelbrot set, reduced to a checksum of its bytes. */
#define BENCH_NAME "mandelbrot"
#include "bench.h"

static double bench_work(int n) {
    uint32_t hash = 2166136261u;
    long inside = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        int bits = 0, bit = 0;
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5, zr = 0, zi = 0, tr = 0, ti = 0;
            int i = 0;
            for (; i < 50 && tr + ti <= 4.0; i++) { zi = 2.0 * zr * zi + ci; zr = tr - ti + cr; tr = zr * zr; ti = zi * zi; }
            bits = (bits << 1) | (tr + ti <= 4.0);
            inside += (tr + ti <= 4.0);
            if (++bit == 8 || x == n - 1) { hash = (hash ^ (uint32_t)(bits & 0xff)) * 16777619u; bits = 0; bit = 0; }
        }
    }
    return (double)hash + (double)(inside % 1000000) * 4294967296.0;
}
