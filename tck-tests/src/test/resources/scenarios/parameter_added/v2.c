/* v2: work gains a scale parameter; an active call gets it as zero, new calls pass 2. */
#include <stdio.h>

static long work(int n, int scale) {
    long s = 0;
    for (int k = 0; k < n; k++) {
        s += k * scale;
    }
    return s;
}

int main(void) {
    for (int r = 1; r <= 3; r++) {
        printf("r=%d work=%ld\n", r, work(5, 2));
    }
    return 0;
}
