/* Dereferencing an address made up from an integer. */
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv) {
    uintptr_t address = 0x7f0012345678u + (uintptr_t) argc;
    int *p = (int *) address;
    printf("%d\n", *p);
    return 0;
}
