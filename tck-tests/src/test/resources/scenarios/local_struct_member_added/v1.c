/* v1: main keeps running totals in a local struct. */
#include <stdio.h>

struct totals {
    int count;
    long sum;
};

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 5;

int main(void) {
    struct totals t = {0, 0};
    for (int i = 1; i <= rounds; i++) {
        t.count++;
        t.sum += i * i;
        printf("count=%d sum=%ld\n", t.count, t.sum);
    }
    return 0;
}
