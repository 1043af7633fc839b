/* v2: the operations change; the table in memory still holds the same function addresses. */
#include <stdio.h>

static int add(int a, int b) { return a + b + 1000; }
static int mul(int a, int b) { return a * b * 2; }

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
