/* Calling through a null function pointer. */
#include <stdio.h>

typedef int (*op)(int);

static int apply(op f, int v) {
    return f(v);
}

int main(int argc, char **argv) {
    op f = argc > 3 ? (op) 0 + 1 : (op) 0;
    printf("%d\n", apply(f, 2));
    return 0;
}
