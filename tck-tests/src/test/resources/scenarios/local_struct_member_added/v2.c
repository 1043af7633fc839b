/* v2: the local struct also tracks the maximum; count and sum carry over, max starts at zero. */
#include <stdio.h>

struct totals {
    int count;
    long max;
    long sum;
};

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 5;

int main(void) {
    struct totals t = {0, 0, 0};
    for (int i = 1; i <= rounds; i++) {
        t.count++;
        t.sum += i * i;
        if (i * i > t.max) {
            t.max = i * i;
        }
        printf("count=%d sum=%ld max=%ld\n", t.count, t.sum, t.max);
    }
    return 0;
}
