/* Checks exit(EXIT_FAILURE) called from a callback with atexit handlers registered from within handlers' setup. */
#include <stdio.h>
#include <stdlib.h>
static void last(void) { puts("registered first, runs last"); }
static void middle(void) { puts("middle handler"); }
static void first(void) { puts("registered last, runs first"); }
static void apply(int *a, int n, void (*cb)(int)) { for (int i = 0; i < n; i++) cb(a[i]); }
static void check(int v) { printf("checking %d\n", v); if (v < 0) { printf("negative value, exit(1)\n"); exit(EXIT_FAILURE); } }
int main(void) {
    atexit(last); atexit(middle); atexit(first);
    int vals[] = {3, 1, 4, -1, 5};
    apply(vals, 5, check);
    puts("not reached");
    return 0;
}
