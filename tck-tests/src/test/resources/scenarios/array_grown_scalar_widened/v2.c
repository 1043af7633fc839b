/* v2: the ring grows to 8 samples and the counter becomes a long long. */
#include <stdio.h>

static int samples[8];
static long long count;

static void record(int v) {
    samples[count % 8] = v;
    count++;
}

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 6;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        record(i * 10);
        printf("count=%lld first=%d last=%d slot7=%d (v2)\n", count, samples[0], samples[3], samples[7]);
    }
    return 0;
}
