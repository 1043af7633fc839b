/* v2: the rounds move into run_rounds(), which main calls; work() stays, for other callers,
 * with another meaning. The patch resumes the running loop of work() in run_rounds(). */
#include <stdio.h>

static long total;

void work(int rounds) {
    printf("work() is now a one-shot of %d rounds\n", rounds);
}

/* noinline: at -O2 this scenario is about a frame of run_rounds(), which inlining would remove */
__attribute__((noinline)) static void run_rounds(int rounds) {
    long bonus = 0;
    for (int i = 1; i <= rounds; i++) {
        total += i * 10;
        bonus += 1;
        printf("round %d: total %ld, bonus %ld (v2)\n", i, total, bonus);
    }
}

int main(int argc, char **argv) {
    run_rounds(argc + 4);
    printf("done: total %ld (v2)\n", total);
    return 0;
}
