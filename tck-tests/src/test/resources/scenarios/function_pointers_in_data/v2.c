/* v2: the operations change; the table in memory still holds the same function addresses. */
#include <stdio.h>

static int add(int a, int b) { return a + b + 1000; }
static int mul(int a, int b) { return a * b * 2; }

static int (*ops[2])(int, int) = {add, mul};

int main(void) {
    for (int i = 1; i <= 4; i++) {
        printf("i=%d add=%d mul=%d\n", i, ops[0](i, 10), ops[1](i, 10));
    }
    return 0;
}
