/* Integer division by zero: SIGFPE natively. */
#include <stdio.h>

int main(int argc, char **argv) {
    int zero = argc - 1;
    printf("%d\n", 100 / zero);
    return 0;
}
