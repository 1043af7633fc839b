/* reader v2: echoes lines with a running count. */
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
        printf("v2 line %d: [%s] (%zu chars)\n", lines, line, strlen(line));
        fflush(stdout);
    }
    printf("v2 done after %d lines\n", lines);
    return 0;
}
