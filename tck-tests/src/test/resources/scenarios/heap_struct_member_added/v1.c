/* v1: a linked list of orders in heap blocks, and a heap array of totals per customer. */
#include <stdio.h>
#include <stdlib.h>

struct order {
    int id;
    struct order *next;
};

struct total {
    long amount;
};

static struct order *orders;
static struct total *totals;
/* not static: printf could change it, so -O2 keeps the loop */
int rounds = 4;

static void add(int id) {
    struct order *o = malloc(sizeof *o);
    o->id = id;
    o->next = orders;
    orders = o;
    totals[id % 3].amount += id;
}

static void show(int round) {
    printf("round %d:", round);
    for (struct order *o = orders; o; o = o->next) {
        printf(" #%d", o->id);
    }
    printf(" | totals %ld %ld %ld\n", totals[0].amount, totals[1].amount, totals[2].amount);
}

int main(void) {
    totals = calloc(3, sizeof *totals);
    for (int round = 1; round <= rounds; round++) {
        add(round * 10 + 1);
        show(round);
    }
    return 0;
}
