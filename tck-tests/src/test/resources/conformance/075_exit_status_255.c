/* Checks that exit statuses are taken modulo 256: return 300 yields 44; output written with puts/putchar. */
#include <stdio.h>
int main(void) {
    puts("status test");
    for (int i = 0; i < 3; i++) putchar('a' + i);
    putchar('\n');
    return 300;
}
