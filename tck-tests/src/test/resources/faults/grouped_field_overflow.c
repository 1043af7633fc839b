/* A record allocated too short for its last field, written in a hot loop: the fields before it
 * are stored (and seen), and the fault names the access that leaves the block, in compiled code
 * too, although accesses at constant distances from one pointer may check their range as one. */
#include <stdio.h>
#include <stdlib.h>

struct rec { long a; long b; long c; };

static volatile int when = 150000;
/* where records escape to, so that the compiler keeps their stores */
static struct rec *volatile sink;

int main(void) {
    for (int i = 0; i < 200000; i++) {
        struct rec *r = sink = malloc(i == when ? 2 * sizeof(long) : sizeof(struct rec));
        r->a = i;
        r->b = 2;
        if (i == when) {
            printf("a=%ld b=%ld\n", sink->a, sink->b);
            fflush(stdout);
        }
        r->c = 3;
    }
    return 0;
}
