/* free() twice: glibc aborts with SIGABRT. */
#include <stdlib.h>

static void release(char *volatile p) {
    free(p);
}

int main(void) {
    char *volatile p = malloc(32);
    release(p);
    release(p);
    return 0;
}
