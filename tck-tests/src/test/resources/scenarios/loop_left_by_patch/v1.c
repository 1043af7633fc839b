/* v1: a worker polls forever (until it has done 8 rounds, so the test ends without an update). */
#include <stdio.h>

static int polls;

/* noinline: at -O2 this scenario is about a frame of worker(), which inlining would remove */
__attribute__((noinline)) static void worker(void) {
    while (polls < 8) {
        polls++;
        printf("poll %d\n", polls);
    }
    printf("worker finished normally\n");
}

int main(void) {
    worker();
    printf("main done after %d polls\n", polls);
    return 0;
}
