/* Checks control returning to main via longjmp from deep recursion, after which main returns a computed status (9). */
#include <stdio.h>
#include <setjmp.h>
static jmp_buf top;
static void search(int depth, int target) { if (depth == target) { printf("found at depth %d\n", depth); longjmp(top, depth); } if (depth % 100 == 0) printf("depth %d\n", depth); search(depth + 1, target); }
int main(void) {
    int r = setjmp(top);
    if (r == 0) { search(0, 459); printf("not reached\n"); }
    printf("longjmp returned %d\n", r);
    return r % 50;
}
