/* v2: the counter becomes a struct; no default transformation exists, so the update is refused. */
#include <stdio.h>

static struct {
    int value;
    int updates;
} hits;

int main(void) {
    for (int i = 1; i <= 4; i++) {
        hits.value += i;
        hits.updates++;
        printf("hits=%d after %d updates (v2)\n", hits.value, hits.updates);
    }
    return 0;
}
