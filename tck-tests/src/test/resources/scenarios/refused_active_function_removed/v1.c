/* v1: work happens in step(), which the loop calls. */
#include <stdio.h>

/* noinline: at -O2 this scenario is about a frame of step(), which inlining would remove */
__attribute__((noinline)) static int step(int i) {
    return i * i;
}

int main(void) {
    int total = 0;
    for (int i = 1; i <= 5; i++) {
        total += step(i);
        printf("i=%d total=%d\n", i, total);
    }
    return 0;
}
