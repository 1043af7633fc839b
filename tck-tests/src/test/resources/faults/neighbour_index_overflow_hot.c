/* A hot loop reads a[i] and a[i + 1], whose ranges are checked as one: in the round where its
 * bound is one too far, the report names the read one past the block, in compiled code too. */
#include <stdio.h>
#include <stdlib.h>

static volatile int when = 30000;

int main(void) {
    int n = 100;
    long *a = malloc(n * sizeof(long));
    for (int i = 0; i < n; i++) a[i] = i;
    long sum = 0;
    for (int round = 0; round < 40000; round++) {
        int last = round == when ? n : n - 1;
        for (int i = 0; i < last; i++) {
            sum = sum * 3 + a[i] - a[i + 1];
        }
    }
    printf("%ld\n", sum);
    return 0;
}
