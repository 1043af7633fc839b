/* v2: tick() is renamed advance(); the patch maps the active frame and its call site. */
#include <stdio.h>

static int ticks;

/* noinline: at -O2 this scenario is about a frame of advance(), which inlining would remove */
__attribute__((noinline)) static void advance(int i) {
    ticks += i;
    printf("advance %d -> %d\n", i, ticks);
}

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 5;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        advance(i);
    }
    return 0;
}
