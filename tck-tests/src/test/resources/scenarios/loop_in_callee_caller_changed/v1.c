/* v1: crunch() loops; its caller prints the result. */
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
        printf("round %d: %ld\n", round, r);
    }
    return 0;
}
