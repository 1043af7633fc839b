/* Calling a function that nothing defines: named in a clear error. */
#include <stdio.h>

extern int no_such_function(int);

int main(void) {
    printf("%d\n", no_such_function(3));
    return 0;
}
