/* Checks snprintf/sprintf truncation, NUL termination and return values. */
#include <stdio.h>
#include <string.h>
int main(void) {
    char buf[16];
    for (size_t n = 0; n <= 16; n += 3) {
        memset(buf, '#', sizeof buf);
        int r = snprintf(buf, n, "value=%d %s", 123456, "tail");
        printf("n=%zu r=%d buf=[%.*s] ", n, r, n ? (int)strlen(buf) : 0, n ? buf : "");
        for (int i = 0; i < 16; i++) putchar(buf[i] ? buf[i] : '0');
        putchar('\n');
    }
    int r = snprintf(NULL, 0, "%d-%s-%.2f", 42, "abc", 3.14159); printf("needed=%d\n", r);
    char big[64]; r = sprintf(big, "%08.3f|%x|%c", -1.5, 48879, 'Q'); printf("%s r=%d\n", big, r);
    char acc[100] = ""; size_t pos = 0;
    for (int i = 0; i < 20; i++) { int w = snprintf(acc + pos, sizeof acc - pos, "%d,", i * i); if (w < 0 || (size_t)w >= sizeof acc - pos) break; pos += (size_t)w; }
    printf("acc=%s len=%zu\n", acc, strlen(acc));
    char one[1]; r = snprintf(one, 1, "xyz"); printf("one=%d r=%d\n", one[0], r);
    return 0;
}
