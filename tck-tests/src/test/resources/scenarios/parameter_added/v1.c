/* v1: work(n) sums a range. */
#include <stdio.h>

static long work(int n) {
    long s = 0;
    for (int k = 0; k < n; k++) {
        s += k;
    }
    return s;
}

int main(void) {
    for (int r = 1; r <= 3; r++) {
        printf("r=%d work=%ld\n", r, work(5));
    }
    return 0;
}
