/* v1: operations are called through a table of function pointers kept in a global. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

/* not static: -O2 must call through the table in memory instead of folding it into direct calls */
int (*ops[2])(int, int) = {add, mul};

/* not static: printf could change it, so -O2 reads it every round and keeps the loop a loop */
int rounds = 4;

int main(void) {
    for (int i = 1; i <= rounds; i++) {
        printf("i=%d add=%d mul=%d\n", i, ops[0](i, 10), ops[1](i, 10));
    }
    return 0;
}
