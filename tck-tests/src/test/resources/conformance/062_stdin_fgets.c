/* Checks fgets line reading from stdin including long lines split across calls, then word/char statistics. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
int main(void) {
    char buf[16]; int lines = 0, chunks = 0; size_t chars = 0; int words = 0, inword = 0;
    while (fgets(buf, sizeof buf, stdin)) {
        chunks++; size_t len = strlen(buf); chars += len;
        if (len && buf[len - 1] == '\n') lines++;
        for (size_t i = 0; i < len; i++) { if (isspace((unsigned char)buf[i])) inword = 0; else if (!inword) { inword = 1; words++; } }
        printf("chunk %d len=%zu: ", chunks, len); for (size_t i = 0; i < len; i++) putchar(buf[i] == '\n' ? '$' : buf[i]); putchar('\n');
    }
    printf("lines=%d chunks=%d chars=%zu words=%d eof=%d\n", lines, chunks, chars, words, feof(stdin) != 0);
    return 0;
}
