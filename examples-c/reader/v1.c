/* reader v1: echoes lines with a running count. */
#include <stdio.h>
#include <string.h>

static int lines;

int main(void) {
    char line[256];
    printf("ready\n");
    fflush(stdout);
    while (fgets(line, sizeof line, stdin)) {
        lines++;
        line[strcspn(line, "\n")] = 0;
        printf("v1 line %d: %s\n", lines, line);
        fflush(stdout);
    }
    printf("v1 done after %d lines\n", lines);
    return 0;
}
