/* fannkuch-redux: max flips and checksum over all permutations of 1..10, repeated SIZE times. */
#define BENCH_NAME "fannkuch"
#include "bench.h"

static double fannkuch(int n) {
    int perm[16], perm1[16], count[16];
    int maxflips = 0, checksum = 0, permcount = 0, r = n;
    for (int i = 0; i < n; i++) perm1[i] = i;
    for (;;) {
        while (r != 1) { count[r - 1] = r; r--; }
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0, k;
        while ((k = perm[0]) != 0) {
            for (int i = 0, j = k; i < j; i++, j--) { int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
            flips++;
        }
        if (flips > maxflips) maxflips = flips;
        checksum += (permcount % 2 == 0) ? flips : -flips;
        for (;;) {
            if (r == n) return (double)checksum * 1000.0 + maxflips;
            int p0 = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = p0;
            count[r]--;
            if (count[r] > 0) break;
            r++;
        }
        permcount++;
    }
}

static double bench_work(int reps) {
    double r = 0;
    for (int i = 0; i < reps; i++) r = r * 0.5 + fannkuch(10);
    return r;
}
