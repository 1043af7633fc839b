/* v2: sorts descending; main is unchanged (at -O2 too, where a changed main could not be mapped). */
#include <stdio.h>
#include <stdlib.h>

/* not static: printf could change it, so -O2 keeps the loop */
int rounds = 3;

static int cmp(const void *a, const void *b) {
    return *(const int *)b - *(const int *)a;
}

int main(void) {
    for (int round = 0; round < rounds; round++) {
        int xs[5] = {5, 3, 1, 4, 2};
        qsort(xs, 5, sizeof(int), cmp);
        printf("round %d: %d %d %d %d %d\n", round, xs[0], xs[1], xs[2], xs[3], xs[4]);
    }
    return 0;
}
