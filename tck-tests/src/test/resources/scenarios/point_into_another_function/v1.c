/* v1: main hands all the rounds to work(), whose loop runs them. */
#include <stdio.h>

static long total;

/* noinline: at -O2 this scenario is about a frame of work(), which inlining would remove */
__attribute__((noinline)) static void work(int rounds) {
    for (int i = 1; i <= rounds; i++) {
        total += i;
        printf("round %d: total %ld\n", i, total);
    }
}

int main(int argc, char **argv) {
    work(argc + 4);
    printf("done: total %ld\n", total);
    return 0;
}
