/* fault: a use-after-free, caught and reported with the C function and line instead of corrupting memory. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static int sum(const struct node *n) {
    int total = 0;
    for (; n; n = n->next) {
        total += n->value;
    }
    return total;
}

int main(void) {
    struct node *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    a->value = 1;
    a->next = b;
    b->value = 2;
    b->next = NULL;
    printf("sum = %d\n", sum(a));
    fflush(stdout);
    free(b);
    printf("sum after free = %d\n", sum(a));
    return 0;
}
