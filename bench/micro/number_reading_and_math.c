/* The library's number readers (strtod, strtol + atoi, sscanf) and math (sin, sqrt, exp, log),
 * 5 iterations, seconds per part to stderr. Native: clang -O2 ... -lm; ours: bin/dsu run
 * (docs/benchmarks.md part 9). The strchr/strstr and ctype columns are folded away by clang
 * natively and mean nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <ctype.h>
#include <math.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
static volatile double sink; static volatile long lsink;
int main(void) {
    char nums[64][32]; char text[4096];
    for (int i = 0; i < 64; i++) sprintf(nums[i], "%d.%03de%d", i * 37, i * 7 % 1000, i % 7 - 3);
    for (int i = 0; i < 4095; i++) text[i] = 'a' + (i * 7) % 26; text[4095] = 0;
    for (int it = 0; it < 5; it++) {
        double t0 = now(); double s = 0;
        for (int i = 0; i < 1000000; i++) s += strtod(nums[i & 63], NULL);
        double t1 = now(); long l = 0;
        for (int i = 0; i < 1000000; i++) l += strtol(nums[i & 63], NULL, 10) + atoi(nums[(i + 1) & 63]);
        double t2 = now();
        for (int i = 0; i < 1000000; i++) { int a; double b; sscanf(nums[i & 63], "%d.%lf", &a, &b); l += a; s += b; }
        double t3 = now();
        for (int i = 0; i < 200000; i++) { l += (long)(strchr(text, 'z' - i % 3) - text); l += strstr(text, "xeloq") != NULL; }
        double t4 = now();
        for (int i = 0; i < 3000000; i++) { s += sin(i * 0.001) + sqrt((double)i) + exp(-(i % 100) * 0.01) + log(1.0 + i); }
        double t5 = now();
        for (int i = 0; i < 2000000; i++) { l += toupper(text[i & 4095]) + isalpha(text[(i * 3) & 4095]); }
        double t6 = now();
        sink = s; lsink = l;
        fprintf(stderr, "strtod %.3f strtol+atoi %.3f sscanf %.3f strchr+strstr %.3f math %.3f ctype %.3f\n", t1-t0, t2-t1, t3-t2, t4-t3, t5-t4, t6-t5);
    }
    return 0;
}
