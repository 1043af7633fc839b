/* v2: slots gain a member in front. The cursor points into the middle of the block, where the
 * element it points at would move: pointers are not rewritten, so the update is refused. */
#include <stdio.h>
#include <stdlib.h>

struct slot {
    int touched;
    long value;
};

static struct slot *slots;
static struct slot *cursor;
/* not static: printf could change it, so -O2 keeps the loop */
int rounds = 4;

int main(void) {
    slots = malloc(3 * sizeof *slots);
    cursor = &slots[1];
    for (int round = 1; round <= rounds; round++) {
        cursor->value += round;
        cursor->touched++;
        printf("round %d: cursor %ld, touched %d (v2)\n", round, cursor->value, cursor->touched);
    }
    free(slots);
    return 0;
}
