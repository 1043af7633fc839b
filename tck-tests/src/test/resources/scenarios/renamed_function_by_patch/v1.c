/* v1: the loop calls tick(), which counts. */
#include <stdio.h>

static int ticks;

static void tick(int i) {
    ticks += i;
    printf("tick %d -> %d\n", i, ticks);
}

int main(void) {
    for (int i = 1; i <= 5; i++) {
        tick(i);
    }
    return 0;
}
