/* counter v1: a long-running service loop keeping statistics in a global struct. */
#include <stdio.h>
#include <unistd.h>

struct stats {
    long requests;
    int errors;
};

static struct stats stats;

/* noinline: at -O2 this scenario is about a frame of handle(), which inlining would remove */
__attribute__((noinline)) static int handle(int request) {
    if (request % 7 == 0) {
        stats.errors++;
        return -1;
    }
    return request * 2;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? 0 : 5;
    for (int i = 1; rounds == 0 || i <= rounds; i++) {
        int result = handle(i);
        stats.requests++;
        printf("request %d -> %d (requests=%ld errors=%d)\n", i, result, stats.requests, stats.errors);
        fflush(stdout);
        if (rounds == 0) {
            sleep(1);
        }
    }
    return 0;
}
