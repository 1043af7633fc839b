/* v2: the caller reports differently; crunch() is unchanged. */
#include <stdio.h>

static long crunch(int n) {
    long acc = 0;
    for (int k = 1; k <= n; k++) {
        acc += k;
    }
    return acc;
}

int main(void) {
    for (int round = 1; round <= 3; round++) {
        long r = crunch(10);
        printf("round %d: result %ld (v2)\n", round, r);
    }
    return 0;
}
