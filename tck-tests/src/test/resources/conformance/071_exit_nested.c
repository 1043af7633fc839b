/* Checks exit(42) from a nested call after printing: buffered stdout is flushed at exit, later code never runs. */
#include <stdio.h>
#include <stdlib.h>
static void level3(int n) { printf("level3 n=%d\n", n); if (n == 3) { printf("exiting with 42 (no newline at end)"); exit(42); } }
static void level2(int n) { printf("level2\n"); level3(n + 1); printf("back in level2\n"); }
static void level1(int n) { printf("level1\n"); level2(n + 1); printf("back in level1\n"); }
int main(void) {
    level1(1);
    printf("unreachable\n");
    return 0;
}
