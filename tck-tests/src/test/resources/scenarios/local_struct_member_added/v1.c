/* v1: main keeps running totals in a local struct. */
#include <stdio.h>

struct totals {
    int count;
    long sum;
};

int main(void) {
    struct totals t = {0, 0};
    for (int i = 1; i <= 5; i++) {
        t.count++;
        t.sum += i * i;
        printf("count=%d sum=%ld\n", t.count, t.sum);
    }
    return 0;
}
