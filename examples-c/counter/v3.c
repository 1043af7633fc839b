/* counter v3: also remembers the largest result. */
#include <stdio.h>
#include <unistd.h>

struct stats {
    long requests;
    long total;
    long maximum;
    int errors;
};

static struct stats stats;

static int handle(int request) {
    if (request % 7 == 0) {
        stats.errors++;
        return -1;
    }
    int result = request * 3;
    stats.total += result;
    if (result > stats.maximum) stats.maximum = result;
    return result;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? 0 : 5;
    for (int i = 1; rounds == 0 || i <= rounds; i++) {
        int result = handle(i);
        stats.requests++;
        double rate = (double) stats.errors / (double) stats.requests;
        printf("request %d -> %d (requests=%ld total=%ld error rate=%.2f max=%ld)\n", i, result, stats.requests, stats.total, rate, stats.maximum);
        fflush(stdout);
        if (rounds == 0) {
            sleep(1);
        }
    }
    return 0;
}
