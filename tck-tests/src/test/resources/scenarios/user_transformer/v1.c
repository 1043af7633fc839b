/* v1: a plain int counter. */
#include <stdio.h>

static int hits;

int main(void) {
    for (int i = 1; i <= 4; i++) {
        hits += i;
        printf("hits=%d\n", hits);
    }
    return 0;
}
