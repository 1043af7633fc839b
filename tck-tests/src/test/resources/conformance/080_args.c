/* Checks argc/argv handling with command line arguments from the .args file (argv[0] not printed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    long sum = 0; int nums = 0;
    for (int i = 1; i < argc; i++) {
        char *end; long v = strtol(argv[i], &end, 10);
        if (*argv[i] && *end == 0) { sum += v; nums++; printf("arg %d: number %ld\n", i, v); }
        else printf("arg %d: string '%s' len=%zu\n", i, argv[i], strlen(argv[i]));
    }
    printf("nums=%d sum=%ld argv[argc]==NULL: %d\n", nums, sum, argv[argc] == NULL);
    return nums;
}
