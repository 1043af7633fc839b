/* v2: the counter becomes a struct; a transformer written in C carries the old value over. */
#include <stdio.h>

struct counter {
    int value;
    int updates;
};

static struct counter hits;

void convert_hits(const int *old, struct counter *neu) {
    const int *nothing = 0;
    neu->value = *old + *nothing;
    neu->updates = 100;
}

int main(void) {
    for (int i = 1; i <= 4; i++) {
        hits.value += i;
        hits.updates++;
        printf("hits=%d after %d updates (v2)\n", hits.value, hits.updates);
    }
    return 0;
}
