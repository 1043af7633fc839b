/* v1: a plain int counter. */
#include <stdio.h>

static int hits;

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 4;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        hits += i;
        printf("hits=%d\n", hits);
    }
    return 0;
}
