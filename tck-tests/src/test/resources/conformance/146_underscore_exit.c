/* Checks _Exit(5): explicitly flushed output is kept, atexit handlers do not run, unflushed output is discarded. */
#include <stdio.h>
#include <stdlib.h>
static void handler(void) { printf("handler must not run\n"); }
int main(void) {
    atexit(handler);
    printf("flushed line 1\n");
    printf("flushed line 2\n");
    fflush(stdout);
    _Exit(5);
}
