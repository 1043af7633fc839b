/* A use after free in a hot loop while bursts of allocations grow the heap's tables under its
 * compiled code: each burst frees one of the blocks made at the start, and the loop is handed a
 * freed one by data, not by a new branch (unreached code would deoptimise it first). */
#include <stdio.h>
#include <stdlib.h>

static volatile int index = 3;

int main(void) {
    long *block = malloc(16 * sizeof(long));
    long *early[40];
    for (int b = 0; b < 40; b++) {
        early[b] = malloc(16 * sizeof(long));
        for (int i = 0; i < 16; i++) early[b][i] = i;
    }
    for (int i = 0; i < 16; i++) block[i] = i;
    long *current[2] = {block, block};
    long total = 0;
    for (int round = 0; round < 4000000; round++) {
        total += current[round & 1][index];
        if (round % 100000 == 99999) {
            int burst = round / 100000;
            for (int i = 0; i < 20000; i++) {
                if (malloc(8) == NULL) return 1;
            }
            free(early[burst]);
            long *choice[2] = {block, early[burst]};
            current[1] = choice[burst == 34];
        }
    }
    printf("not reached %ld\n", total);
    return 0;
}
