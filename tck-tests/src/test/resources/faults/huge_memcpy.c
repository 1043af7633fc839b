/* memcpy takes a size_t: a length beyond any object is a fault, not a copy of the length's low
 * 32 bits (2^32 + 4 bytes used to copy 4 and go on). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned long long huge = (1ULL << 32) + 4;

int main(void) {
    char *a = malloc(16), *b = malloc(16);
    memset(b, 7, 16);
    memcpy(a, b, huge);
    printf("%d\n", a[0]);
    return 0;
}
