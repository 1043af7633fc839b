/* Checks memcpy memmove memset memcmp memchr on overlapping and non-overlapping buffers. */
#include <stdio.h>
#include <string.h>
static void dump(const char *tag, const unsigned char *b, int n) { printf("%s:", tag); for (int i = 0; i < n; i++) printf(" %02x", b[i]); printf("\n"); }
int main(void) {
    unsigned char a[32], b[32];
    for (int i = 0; i < 32; i++) a[i] = (unsigned char)(i * 7 + 1);
    memcpy(b, a, 32); dump("cpy", b, 32);
    memmove(b + 4, b, 20); dump("mv fwd", b, 32);
    memmove(b, b + 10, 15); dump("mv back", b, 32);
    memset(b + 3, 0xAB, 9); dump("set", b, 32);
    memset(b, 0, 0); dump("set0", b, 4);
    printf("cmp %d %d %d\n", memcmp(a, a, 32) == 0, memcmp(a, b, 32) != 0, memcmp("abc", "abd", 3) < 0);
    printf("cmp hi %d\n", memcmp("\x80", "\x01", 1) > 0);
    unsigned char *f = memchr(a, 64, 32); printf("memchr %td\n", f ? f - a : -1);
    printf("memchr none %d\n", memchr(a, 0xFF, 32) == NULL);
    struct P { int x; double y; char s[5]; } p1 = {5, 2.5, "abcd"}, p2;
    memcpy(&p2, &p1, sizeof p1); printf("%d %g %s\n", p2.x, p2.y, p2.s);
    char str[] = "1234567890"; memmove(str + 2, str, 5); printf("%s\n", str);
    int ints[10]; memset(ints, 0xFF, sizeof ints); printf("%d\n", ints[5]);
    for (int n = 0; n <= 32; n += 8) { unsigned char c[40] = {0}; memcpy(c + 1, a, (size_t)n); int s = 0; for (int i = 0; i < 40; i++) s += c[i]; printf("n=%d s=%d\n", n, s); }
    return 0;
}
