/* v2: the patch makes the running worker leave its loop; after the loop it says why. */
#include <stdio.h>

static int polls;

/* noinline: at -O2 this scenario is about a frame of worker(), which inlining would remove */
__attribute__((noinline)) static void worker(void) {
    while (polls < 8) {
        polls++;
        printf("poll %d\n", polls);
    }
    printf("worker left its loop after %d polls (v2)\n", polls);
}

int main(void) {
    worker();
    printf("main done after %d polls\n", polls);
    return 0;
}
