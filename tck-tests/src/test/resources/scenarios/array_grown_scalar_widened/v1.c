/* v1: a ring of 4 int samples and an int counter. */
#include <stdio.h>

static int samples[4];
static int count;

static void record(int v) {
    samples[count % 4] = v;
    count++;
}

int main(void) {
    for (int i = 1; i <= 6; i++) {
        record(i * 10);
        printf("count=%d first=%d last=%d\n", count, samples[0], samples[3]);
    }
    return 0;
}
