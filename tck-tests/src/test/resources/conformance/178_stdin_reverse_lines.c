/* Checks reading all of stdin with fread into a growing buffer, then printing lines in reverse order with line numbers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    size_t cap = 16, len = 0; char *buf = malloc(cap); size_t n;
    while ((n = fread(buf + len, 1, cap - len, stdin)) > 0) { len += n; if (len == cap) { cap *= 2; buf = realloc(buf, cap); } }
    printf("read %zu bytes\n", len);
    size_t nl = 0; char **lines = malloc((len + 1) * sizeof *lines); char *p = buf, *end = buf + len;
    while (p < end) { char *q = memchr(p, '\n', (size_t)(end - p)); if (!q) q = end; *q = 0; lines[nl++] = p; p = q + 1; }
    for (size_t i = nl; i > 0; i--) printf("%2zu: %s\n", i, lines[i - 1]);
    free(lines); free(buf);
    return 0;
}
