/* v1: a ring of 4 int samples and an int counter. */
#include <stdio.h>

static int samples[4];
static int count;

static void record(int v) {
    samples[count % 4] = v;
    count++;
}

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 6;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        record(i * 10);
        printf("count=%d first=%d last=%d\n", count, samples[0], samples[3]);
    }
    return 0;
}
