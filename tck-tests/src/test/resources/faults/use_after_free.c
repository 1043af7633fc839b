/* Reading a heap block after free(). */
#include <stdio.h>
#include <stdlib.h>

struct point {
    int x, y;
};

int main(void) {
    struct point *p = malloc(sizeof *p);
    p->x = 3;
    p->y = 4;
    free(p);
    printf("%d\n", p->y);
    return 0;
}
