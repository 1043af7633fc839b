/* Checks that the value returned from main becomes the exit status (3) after printing. */
#include <stdio.h>
static int compute(void) { int s = 0; for (int i = 1; i <= 10; i++) s += i; return s; }
int main(void) {
    int s = compute();
    printf("sum=%d\n", s);
    printf("returning %d\n", s % 52);
    return s % 52;
}
