/* memset takes a size_t: 2^31 + 52 bytes is a fault, not an internal error (it used to reach
 * the JVM's Arrays.fill as a negative int). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned long long huge = (1ULL << 31) + 52;

int main(void) {
    char *a = malloc(16);
    memset(a, 1, huge);
    printf("%d\n", a[0]);
    return 0;
}
