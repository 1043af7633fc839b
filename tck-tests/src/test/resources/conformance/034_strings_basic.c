/* Checks string.h: strlen strcpy strncpy strcat strncat strcmp strncmp strchr strrchr strstr. */
#include <stdio.h>
#include <string.h>
static int sgn(int x) { return (x > 0) - (x < 0); }
int main(void) {
    char buf[64];
    strcpy(buf, "Hello"); strcat(buf, ", "); strcat(buf, "World"); printf("%s %zu\n", buf, strlen(buf));
    strncat(buf, "!!!???", 3); printf("%s\n", buf);
    char n1[10]; memset(n1, 'Z', sizeof n1); strncpy(n1, "abc", sizeof n1);
    for (int i = 0; i < 10; i++) printf("%d ", n1[i]); printf("\n");
    char n2[4]; strncpy(n2, "abcdefg", 4); printf("%.4s\n", n2);
    const char *w[] = {"apple", "apples", "banana", "Apple", "", "app"};
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) printf("%d", sgn(strcmp(w[i], w[j])) + 1);
    printf("\n");
    printf("%d %d %d\n", sgn(strncmp("apple", "apples", 5)), sgn(strncmp("abc", "abd", 3)), sgn(strncmp("abc", "abd", 2)));
    const char *s = "the quick brown fox jumps over the lazy dog";
    printf("strchr=%s\n", strchr(s, 'q'));
    printf("strrchr=%s\n", strrchr(s, 'o'));
    printf("strstr=%s\n", strstr(s, "the lazy"));
    printf("null? %d %d %d\n", strchr(s, 'Z') == NULL, strstr(s, "cat") == NULL, strchr(s, '\0') == s + strlen(s));
    printf("strstr empty: %d\n", strstr(s, "") == s);
    printf("idx %td %td\n", strchr(s, 'x') - s, strrchr(s, 't') - s);
    char hi[] = {(char)0xC3, (char)0xA9, 0}; printf("%d\n", sgn(strcmp(hi, "a")));
    return 0;
}
