/* v1: the loop calls tick(), which counts. */
#include <stdio.h>

static int ticks;

/* noinline: at -O2 this scenario is about a frame of tick(), which inlining would remove */
__attribute__((noinline)) static void tick(int i) {
    ticks += i;
    printf("tick %d -> %d\n", i, ticks);
}

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 5;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        tick(i);
    }
    return 0;
}
