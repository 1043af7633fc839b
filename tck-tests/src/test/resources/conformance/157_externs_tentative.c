/* Checks linkage in one file: tentative definitions, extern declarations before definitions, static vs extern functions, block-scope extern. */
#include <stdio.h>
int counter;            /* tentative definition */
int counter;            /* another tentative definition of the same object */
extern int later_defined;
static int hidden = 5;
extern int table[];
int bump(void);
static int helper(int x);
int main(void) {
    counter += 3; printf("counter=%d later=%d hidden=%d\n", counter, later_defined, hidden);
    printf("table %d %d %zu\n", table[0], table[3], sizeof(int));
    for (int i = 0; i < 3; i++) printf("bump=%d ", bump()); printf("\n");
    { extern int block_scope_var; printf("block extern=%d\n", block_scope_var); }
    printf("helper=%d\n", helper(7));
    return 0;
}
int later_defined = 99;
int table[4] = {10, 20, 30, 40};
int block_scope_var = -8;
int bump(void) { return ++counter; }
static int helper(int x) { return x * hidden + counter; }
