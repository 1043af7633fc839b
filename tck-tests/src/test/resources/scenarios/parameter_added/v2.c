/* v2: work gains a scale parameter; an active call gets it as zero, new calls pass 2. */
#include <limits.h>
#include <stdio.h>

/* noinline and not static: at -O2 this scenario is about a frame of work() and its parameters,
 * which inlining or folding constant arguments into work() would remove */
__attribute__((noinline)) long work(long n, long scale) {
    long s = 0;
    for (long k = 0; k < n; k++) {
        /* saturate instead of overflowing; this also keeps -O2 from replacing the loop by a formula */
        if (s > LONG_MAX - k * scale) {
            return LONG_MAX;
        }
        s += k * scale;
    }
    return s;
}

/* not static: printf could change it, so -O2 calls work() again every round */
int size = 5;

int main(void) {
    for (int r = 1; r <= 3; r++) {
        printf("r=%d work=%ld\n", r, work(size, 2));
    }
    return 0;
}
