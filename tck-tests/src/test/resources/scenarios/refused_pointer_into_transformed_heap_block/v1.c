/* v1: a heap array of slots and a cursor pointing at its second element. */
#include <stdio.h>
#include <stdlib.h>

struct slot {
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
        printf("round %d: cursor %ld\n", round, cursor->value);
    }
    free(slots);
    return 0;
}
