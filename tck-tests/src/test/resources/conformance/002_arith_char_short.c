/* Checks char/signed char/unsigned char/short arithmetic, integer promotions and truncation. */
#include <stdio.h>
int main(void) {
    signed char sc = 100; unsigned char uc = 200; short s = 30000; unsigned short us = 60000;
    int r1 = sc + sc;           /* promoted: 200 */
    signed char t1 = (signed char)(sc + sc); /* implementation-defined conversion: -56 on gcc/clang */
    unsigned char t2 = uc + uc;  /* 144 */
    int r2 = uc * uc;
    short t3 = (short)(s + s);
    unsigned short t4 = us + us;
    printf("%d %d %u %d %d %u\n", r1, t1, t2, r2, t3, t4);
    for (int i = -130; i <= 260; i += 13) {
        signed char a = (signed char)i; unsigned char b = (unsigned char)i;
        short c = (short)(i * 200); unsigned short d = (unsigned short)(i * 300);
        printf("%d: %d %u %d %u %d\n", i, a, b, c, d, (int)(a * b));
    }
    char c = 'A';
    c += 25;
    printf("%c %d\n", c, c);
    unsigned char acc = 0;
    for (int i = 0; i < 1000; i++) acc += (unsigned char)(i * 7);
    printf("acc=%u\n", acc);
    short sacc = 0;
    for (int i = 0; i < 300; i++) sacc = (short)(sacc * 3 + i);
    printf("sacc=%d\n", sacc);
    printf("sizeof: %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(sc + sc));
    printf("~uc=%d -uc=%d !uc=%d\n", ~uc, -uc, !uc);
    return 0;
}
