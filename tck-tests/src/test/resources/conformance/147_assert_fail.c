/* Checks a failing assert(): after explicitly flushed output, the program aborts with status 134 (message goes to stderr). */
#include <stdio.h>
#include <assert.h>
static int checked_div(int a, int b) { assert(b != 0); return a / b; }
int main(void) {
    printf("10/2=%d\n", checked_div(10, 2));
    printf("about to divide by zero\n");
    fflush(stdout);
    int r = checked_div(1, 0);
    printf("unreachable %d\n", r);
    return 0;
}
