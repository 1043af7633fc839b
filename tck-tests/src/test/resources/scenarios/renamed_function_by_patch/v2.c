/* v2: tick() is renamed advance(); the patch maps the active frame and its call site. */
#include <stdio.h>

static int ticks;

static void advance(int i) {
    ticks += i;
    printf("advance %d -> %d\n", i, ticks);
}

int main(void) {
    for (int i = 1; i <= 5; i++) {
        advance(i);
    }
    return 0;
}
