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
