/* Compiled code may keep the runtime's heap tables as constants; the tables are replaced when
 * they grow (past 65536 and 262144 ids here). Code compiled before a growth must not go on
 * using the old tables: churn() is hot before the second growth and runs again after it,
 * freeing blocks and reusing their ids (all below the old tables' size); the blocks are then
 * read by a function first called after the growth, so compiled (or interpreted) afresh. */
#include <stdio.h>
#include <stdlib.h>

#define POOL 50000
#define KEEP 220000

struct cell { long value; struct cell *prev; };

static struct cell *pool[POOL];

__attribute__((noinline)) static long churn(int rounds, int salt) {
    long sum = 0;
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < POOL; i++) {
            sum += pool[i]->value;
            free(pool[i]);
            pool[i] = malloc(sizeof(struct cell));
            pool[i]->value = (long)i * salt + r;
            pool[i]->prev = NULL;
        }
    return sum;
}

__attribute__((noinline)) static long pool_sum(void) {
    long s = 0;
    for (int i = 0; i < POOL; i++) s += pool[i]->value * (i % 7 + 1);
    return s;
}

__attribute__((noinline)) static long pool_sum_after_growth(void) {
    long s = 0;
    for (int i = 0; i < POOL; i++) s += pool[i]->value * (i % 5 + 2);
    return s;
}

int main(void) {
    for (int i = 0; i < POOL; i++) {
        pool[i] = malloc(sizeof(struct cell));
        pool[i]->value = i;
        pool[i]->prev = i > 0 ? pool[i - 1] : NULL;
    }
    /* more than 65536 frees: ids are then reused, and the tables grew past 65536 on the way */
    printf("churn 1: %ld\n", churn(3, 3));
    /* again, so that its compiled code has seen every path it takes after the growth */
    printf("churn 1b: %ld\n", churn(2, 4));
    printf("pool 1: %ld\n", pool_sum());

    /* grow the tables past 262144 while the blocks below stay live */
    struct cell **kept = malloc(KEEP * sizeof *kept);
    unsigned long check = 0;
    for (int i = 0; i < KEEP; i++) {
        kept[i] = malloc(sizeof(struct cell));
        kept[i]->value = i * 7L;
        kept[i]->prev = i > 0 ? kept[i - 1] : NULL;
        if (i > 0) kept[i / 2]->value += 1;
        check = check * 33 + (unsigned long)kept[i / 3]->value + (unsigned long)(i > 0 ? kept[i]->prev->value : 0);
    }
    printf("kept: %lu\n", check);

    printf("churn 2: %ld\n", churn(2, 5));
    printf("pool 2: %ld %ld\n", pool_sum(), pool_sum_after_growth());
    long chain = 0;
    for (struct cell *c = kept[KEEP - 1]; c; c = c->prev) chain += c->value % 1000;
    printf("chain: %ld\n", chain);

    for (int i = 0; i < KEEP; i++) free(kept[i]);
    free(kept);
    for (int i = 0; i < POOL; i++) free(pool[i]);
    return 0;
}
