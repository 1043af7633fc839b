/* free() of a pointer into the middle of a block. */
#include <stdlib.h>

int main(void) {
    char *volatile p = malloc(32);
    free(p + 8);
    return 0;
}
