/* Checks strtok, strtok_r, strspn, strcspn, strpbrk, strdup, strndup. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int main(void) {
    char text[] = "  alpha, beta;gamma  delta,,epsilon ; ";
    for (char *t = strtok(text, " ,;"); t; t = strtok(NULL, " ,;")) printf("[%s]", t);
    printf("\n");
    char csv[] = "a=1&b=22&ccc=333";
    char *save1;
    for (char *pair = strtok_r(csv, "&", &save1); pair; pair = strtok_r(NULL, "&", &save1)) {
        char *save2; char *k = strtok_r(pair, "=", &save2); char *v = strtok_r(NULL, "=", &save2);
        printf("%s -> %s\n", k, v);
    }
    printf("%zu %zu %zu\n", strspn("123abc", "0123456789"), strcspn("hello world", " "), strspn("", "abc"));
    printf("%zu %zu\n", strcspn("abc", ""), strcspn("xyz", "z"));
    const char *p = strpbrk("find the vowel", "aeiou"); printf("%s\n", p);
    printf("%d\n", strpbrk("xyz", "abc") == NULL);
    char *d = strdup("duplicate me"); d[0] = 'D'; printf("%s\n", d); free(d);
    char *nd = strndup("truncated string", 9); printf("[%s] %zu\n", nd, strlen(nd)); free(nd);
    char line[] = "key: value with spaces";
    char *colon = strchr(line, ':'); *colon = 0; char *val = colon + 1 + strspn(colon + 1, " ");
    printf("[%s][%s]\n", line, val);
    return 0;
}
