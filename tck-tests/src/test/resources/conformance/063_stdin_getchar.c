/* Checks getchar/ungetc over stdin: character histogram, line counting and a tiny tokenizer. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
    int c, hist[128] = {0}, lines = 0, total = 0;
    long numsum = 0; int nums = 0;
    while ((c = getchar()) != EOF) {
        total++;
        if (c == '\n') lines++;
        if (c < 128) hist[c]++;
        if (isdigit(c)) { long v = c - '0'; while ((c = getchar()) != EOF && isdigit(c)) { v = v * 10 + (c - '0'); total++; } if (c != EOF) { ungetc(c, stdin); } numsum += v; nums++; }
    }
    printf("total=%d lines=%d nums=%d numsum=%ld\n", total, lines, nums, numsum);
    for (int i = 32; i < 127; i++) if (hist[i]) printf("'%c':%d ", i, hist[i]);
    printf("\n");
    return 0;
}
