/* A double free in a hot allocation loop, after enough frees that freed blocks' ids are being
 * reused: the check must hold in the caller's compiled code too. */
#include <stdlib.h>

static volatile int when = 180000;
/* where blocks escape to, so that the compiler cannot drop the allocations */
static long *volatile sink;

int main(void) {
    long kept = 0;
    for (int i = 0; i < 200000; i++) {
        long *p = sink = malloc(32);
        p[0] = i;
        kept += p[0];
        free(p);
        if (i == when) {
            free(p);
        }
    }
    return (int) (kept & 1);
}
