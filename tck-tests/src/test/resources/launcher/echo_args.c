/* Prints its arguments and stdin line count; exits with the argument count. */
#include <stdio.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        printf("arg %d: %s\n", i, argv[i]);
    }
    char line[256];
    int lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        lines++;
    }
    printf("%d lines on stdin\n", lines);
    fprintf(stderr, "to stderr\n");
    return argc - 1;
}
