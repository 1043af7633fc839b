/* Checks exit(3) from a nested function with pending unflushed stdout text (no newline) and an atexit handler that also prints. */
#include <stdio.h>
#include <stdlib.h>
static void bye(void) { printf("[atexit bye]\n"); }
static void inner(int v) { printf("inner v=%d; partial line without newline...", v); if (v > 2) exit(3); }
static void outer(void) { for (int i = 0; i < 10; i++) inner(i); }
int main(void) {
    atexit(bye);
    setvbuf(stdout, NULL, _IOFBF, 4096);
    outer();
    return 0;
}
