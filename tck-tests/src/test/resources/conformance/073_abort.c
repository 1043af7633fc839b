/* Checks abort(): output flushed explicitly before aborting is kept, atexit handlers do not run, exit status 134 (SIGABRT). */
#include <stdio.h>
#include <stdlib.h>
static void handler(void) { printf("atexit handler must not run\n"); }
int main(void) {
    atexit(handler);
    printf("before abort\n");
    fflush(stdout);
    abort();
    printf("after abort\n");
    return 0;
}
