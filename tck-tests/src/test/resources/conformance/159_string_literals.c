/* Checks string literal features: concatenation, escapes (octal, hex, \0 in the middle), char arrays sized by literals, multi-line literals. */
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *cat = "abc" "def" "\x41" "\102" "C";
    printf("%s %zu\n", cat, strlen(cat));
    char mid[] = "left\0right"; printf("%zu %zu %s %s\n", sizeof mid, strlen(mid), mid, mid + 5);
    char esc[] = "\a\b\f\n\r\t\v\\\'\"\?"; for (size_t i = 0; i < sizeof esc; i++) printf("%d ", esc[i]); printf("\n");
    char exact[3] = "abc"; printf("%c%c%c\n", exact[0], exact[1], exact[2]);
    char big[10] = "hi"; int zeros = 0; for (int i = 0; i < 10; i++) zeros += big[i] == 0; printf("zeros=%d\n", zeros);
    const char *ml = "line one\n"
                     "line two\n"
                     "line three";
    printf("%s\n", ml);
    printf("%c %c\n", "index"[2], *(&"pointer"[3]));
    printf("%d %d\n", '\x7f', '\177');
    printf("%d\n", (int)sizeof("a" "bc"));
    const char *arr[] = {"x", "yy", "zzz"}; size_t t = 0; for (int i = 0; i < 3; i++) t += strlen(arr[i]); printf("t=%zu\n", t);
    printf("%s\n", "question marks ?? are plain here ?");
    return 0;
}
