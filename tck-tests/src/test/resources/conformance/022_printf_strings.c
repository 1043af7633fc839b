/* Checks printf %s with precision/width, puts, putchar, fputs and return values of printf. */
#include <stdio.h>
int main(void) {
    const char *s[] = {"", "a", "hello", "hello, world", "tab\there"};
    for (int i = 0; i < 5; i++) {
        int r = printf("[%s][%10s][%-10s][%.3s][%10.2s][%-6.1s]", s[i], s[i], s[i], s[i], s[i], s[i]);
        printf(" r=%d\n", r);
    }
    int r = puts("puts line"); printf("puts>=0: %d\n", r >= 0);
    r = putchar('X'); putchar('\n'); printf("putchar=%d\n", r);
    r = fputs("fputs no newline", stdout); printf(" fputs>=0: %d\n", r >= 0);
    char arr[4] = {'a', 'b', 'c', 'd'}; printf("%.4s\n", arr);
    printf("%s %s\n", "multi", "args"); printf("%s", &"\\ \" \' \t\n"[2]); printf("\n");
    printf("%5s|%-5s|%05d\n", "ab", "cd", 12);
    r = printf("%s", ""); printf("empty r=%d\n", r);
    r = printf("\x41\102\u00e9\n"); printf("r=%d\n", r);
    return 0;
}
