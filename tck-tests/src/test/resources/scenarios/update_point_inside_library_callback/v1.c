/* v1: sorts ascending with qsort; the scheduled update point is inside the comparator, which the
 * C library (Java) is calling: that frame cannot be unrolled through qsort, so the update waits
 * until qsort has returned and starts at main's next update point. */
#include <stdio.h>
#include <stdlib.h>

/* not static: printf could change it, so -O2 keeps the loop */
int rounds = 3;

static int cmp(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

int main(void) {
    for (int round = 0; round < rounds; round++) {
        int xs[5] = {5, 3, 1, 4, 2};
        qsort(xs, 5, sizeof(int), cmp);
        printf("round %d: %d %d %d %d %d\n", round, xs[0], xs[1], xs[2], xs[3], xs[4]);
    }
    return 0;
}
