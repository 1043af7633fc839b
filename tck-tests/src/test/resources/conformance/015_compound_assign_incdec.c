/* Checks pre/post increment and decrement and compound assignment results on various types. */
#include <stdio.h>
int main(void) {
    int i = 5; int a = i++; int b = ++i; int c = i--; int d = --i;
    printf("%d %d %d %d %d\n", a, b, c, d, i);
    unsigned char uc = 254; uc++; uc++; uc++; printf("%u\n", uc);
    double x = 1.5; x++; ++x; x--; printf("%.2f\n", x);
    int arr[5] = {10, 20, 30, 40, 50}; int *p = arr;
    int v1 = *p++; int v2 = *++p; int v3 = ++*p; int v4 = (*p)++;
    printf("%d %d %d %d %d\n", v1, v2, v3, v4, arr[2]);
    long l = 100; l += 5; l -= 3; l *= 4; l /= 3; l %= 50; l <<= 3; l >>= 1; l &= 0x7f; l |= 0x100; l ^= 0x55;
    printf("%ld\n", l);
    char s[] = "hello"; char *q = s; while (*q) { (*q)++; q++; }
    printf("%s\n", s);
    int n = 0; for (int k = 0; k < 10; k++) n += k++; printf("%d\n", n);
    float f = 0.1f; for (int k = 0; k < 10; k++) f += 0.1f; printf("%.6f\n", f);
    return 0;
}
