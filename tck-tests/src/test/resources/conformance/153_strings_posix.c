/* Checks POSIX/GNU string helpers: strcasecmp, strncasecmp, strnlen, stpcpy, strsep, memccpy, strcoll in the C locale. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <strings.h>
static int sgn(int x) { return (x > 0) - (x < 0); }
int main(void) {
    printf("%d %d %d %d\n", sgn(strcasecmp("Hello", "hELLO")), sgn(strcasecmp("abc", "ABD")), sgn(strncasecmp("ABCdef", "abcXYZ", 3)), sgn(strcasecmp("b", "A")));
    printf("%zu %zu %zu\n", strnlen("hello", 10), strnlen("hello", 3), strnlen("", 5));
    char buf[64]; char *e = stpcpy(buf, "abc"); e = stpcpy(e, "-def"); e = stpcpy(e, "-ghi"); printf("%s len=%td\n", buf, e - buf);
    char s[] = "a,b,,c;d"; char *rest = s, *tok; printf("strsep:"); while ((tok = strsep(&rest, ",;"))) printf(" [%s]", tok); printf("\n");
    char dst[32]; memset(dst, 'X', sizeof dst); char *q = memccpy(dst, "copy until : then stop", ':', sizeof dst); printf("memccpy stopped after %td: %.*s\n", q - dst, (int)(q - dst), dst);
    printf("strcoll %d %d\n", sgn(strcoll("apple", "banana")), sgn(strcoll("b", "B")));
    char x[8]; size_t n = strxfrm(x, "abc", sizeof x); printf("strxfrm n=%zu %s\n", n, x);
    printf("index/rindex: %s %s\n", index("hello world", 'o'), rindex("hello world", 'o'));
    printf("ffs %d %d\n", ffs(0x100), ffs(0));
    return 0;
}
