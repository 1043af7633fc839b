/* Checks atexit handlers run in reverse registration order after main returns, and can print; exit status 7. */
#include <stdio.h>
#include <stdlib.h>
static int counter;
static void h1(void) { printf("handler 1 (counter=%d)\n", counter++); }
static void h2(void) { printf("handler 2 (counter=%d)\n", counter++); }
static void h3(void) { printf("handler 3 (counter=%d)\n", counter++); fflush(stdout); }
int main(void) {
    atexit(h1); atexit(h2); atexit(h3); atexit(h2);
    printf("main body\n");
    counter = 100;
    return 7;
}
