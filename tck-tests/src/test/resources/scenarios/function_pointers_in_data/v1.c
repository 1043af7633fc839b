/* v1: operations are called through a table of function pointers kept in a global. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

static int (*ops[2])(int, int) = {add, mul};

int main(void) {
    for (int i = 1; i <= 4; i++) {
        printf("i=%d add=%d mul=%d\n", i, ops[0](i, 10), ops[1](i, 10));
    }
    return 0;
}
