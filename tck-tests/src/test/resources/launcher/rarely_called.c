/* Functions that a run without arguments never calls: they are never translated. */
#include <stdio.h>

__attribute__((noinline)) int twice(int x) { return 2 * x; }
__attribute__((noinline)) int thrice(int x) { return 3 * x; }

int main(int argc, char **argv) {
    if (argc > 1) {
        printf("%d %d\n", twice(argc), thrice(argc));
    }
    printf("done\n");
    return 0;
}
