/* v2: the counter becomes a struct. The transformer reads the counter through the same helper
 * main uses afterwards: the helper first runs while the global still has its old storage, and
 * must see the new storage once the update is committed. */
#include <stdio.h>

struct counter {
    int value;
    int updates;
};

static struct counter hits;

__attribute__((noinline)) int current(void) {
    return hits.value;
}

void convert_hits(const int *old, struct counter *neu) {
    /* before the commit, the global is still the old int: its first 4 bytes are the old value */
    neu->value = current();
    neu->updates = 100 + (current() == *old);
}

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 4;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        hits.value += i;
        hits.updates++;
        printf("hits=%d after %d updates (v2)\n", current(), hits.updates);
    }
    return 0;
}
