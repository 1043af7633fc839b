/* v2: the caller reports differently; crunch() is unchanged. */
#include <limits.h>
#include <stdio.h>

/* noinline: at -O2 this scenario is about a frame of crunch(), which inlining would remove */
__attribute__((noinline)) static long crunch(int n) {
    long acc = 0;
    for (int k = 1; k <= n; k++) {
        /* saturate instead of overflowing; this also keeps -O2 from replacing the loop by a formula */
        if (acc > LONG_MAX - k) {
            return LONG_MAX;
        }
        acc += k;
    }
    return acc;
}

/* not static: printf could change it, so -O2 calls crunch() again every round */
int size = 10;

int main(void) {
    for (int round = 1; round <= 3; round++) {
        long r = crunch(size);
        printf("round %d: result %ld (v2)\n", round, r);
    }
    return 0;
}
