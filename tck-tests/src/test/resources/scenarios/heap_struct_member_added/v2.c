/* v2: orders get a priority and totals a count, added in front of the old members: the blocks
 * already in the heap are found through the typed pointers that reach them and transformed
 * member by member (new members zero), keeping their addresses. */
#include <stdio.h>
#include <stdlib.h>

struct order {
    int priority;
    int id;
    struct order *next;
};

struct total {
    int count;
    long amount;
};

static struct order *orders;
static struct total *totals;
/* not static: printf could change it, so -O2 keeps the loop */
int rounds = 4;

static void add(int id) {
    struct order *o = malloc(sizeof *o);
    o->priority = id % 2 ? 1 : 2;
    o->id = id;
    o->next = orders;
    orders = o;
    totals[id % 3].amount += id;
    totals[id % 3].count++;
}

static void show(int round) {
    printf("round %d:", round);
    for (struct order *o = orders; o; o = o->next) {
        printf(" #%d(p%d)", o->id, o->priority);
    }
    printf(" | totals %ld/%d %ld/%d %ld/%d (v2)\n", totals[0].amount, totals[0].count, totals[1].amount, totals[1].count, totals[2].amount,
           totals[2].count);
}

int main(void) {
    totals = calloc(3, sizeof *totals);
    for (int round = 1; round <= rounds; round++) {
        add(round * 10 + 1);
        show(round);
    }
    return 0;
}
