/* Writing through a null pointer: SIGSEGV natively, a report with the C stack here. */
#include <stdio.h>
#include <stdlib.h>

static void poke(int *p, int v) {
    *p = v;
}

int main(int argc, char **argv) {
    int *target = argc > 5 ? malloc(sizeof(int)) : NULL;
    printf("before\n");
    fflush(stdout);
    poke(target, 42);
    printf("after\n");
    return 0;
}
