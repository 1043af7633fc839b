/* counter v2: tracks the total of results too, and reports the error rate. */
#include <stdio.h>
#include <unistd.h>

struct stats {
    long requests;
    long total;
    int errors;
};

static struct stats stats;

/* noinline: at -O2 this scenario is about a frame of handle(), which inlining would remove */
__attribute__((noinline)) static int handle(int request) {
    if (request % 7 == 0) {
        stats.errors++;
        return -1;
    }
    int result = request * 3;
    stats.total += result;
    return result;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? 0 : 5;
    for (int i = 1; rounds == 0 || i <= rounds; i++) {
        int result = handle(i);
        stats.requests++;
        double rate = (double) stats.errors / (double) stats.requests;
        printf("request %d -> %d (requests=%ld total=%ld error rate=%.2f)\n", i, result, stats.requests, stats.total, rate);
        fflush(stdout);
        if (rounds == 0) {
            sleep(1);
        }
    }
    return 0;
}
