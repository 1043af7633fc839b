/* v2: the counter becomes a struct; no default transformation exists, so the update is refused. */
#include <stdio.h>

static struct {
    int value;
    int updates;
} hits;

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 4;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        hits.value += i;
        hits.updates++;
        printf("hits=%d after %d updates (v2)\n", hits.value, hits.updates);
    }
    return 0;
}
