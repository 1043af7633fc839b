/* v2: step() is gone (inlined by hand), so a frame of step cannot be mapped. */
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 1; i <= 5; i++) {
        total += i * i * 10;
        printf("i=%d total=%d (v2)\n", i, total);
    }
    return 0;
}
