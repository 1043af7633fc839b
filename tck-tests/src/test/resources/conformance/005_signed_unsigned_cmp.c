/* Checks signed/unsigned comparisons and the usual arithmetic conversions. */
#include <stdio.h>
int main(void) {
    int si = -1; unsigned ui = 1;
    printf("%d\n", si < (int)ui);
    printf("%d\n", (unsigned)si < ui);
    printf("%d\n", si < 0 ? 1 : 0);
    long l = -1; unsigned int u2 = 1;
    printf("%d\n", l < u2);  /* long can hold all unsigned int -> signed compare */
    long long ll = -1; unsigned long long ull = 1;
    printf("%d\n", (unsigned long long)ll > ull);
    unsigned char uc = 255; signed char sc = -1;
    printf("%d %d\n", uc == sc, uc == (unsigned char)sc);
    unsigned short us = 65535; short ss = -1;
    printf("%d %d\n", us == ss, (unsigned short)ss == us);
    int vals[] = {-3, -1, 0, 1, 3};
    unsigned uvals[] = {0u, 1u, 3u, 0x80000000u, 0xffffffffu};
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++)
            printf("%d vs %u: lt=%d eq=%d gt=%d\n", vals[i], uvals[j],
                   (unsigned)vals[i] < uvals[j], (unsigned)vals[i] == uvals[j], (unsigned)vals[i] > uvals[j]);
    printf("%lld %llu\n", (long long)(unsigned)-5, (unsigned long long)(long long)-5);
    printf("%d\n", (int)sizeof(1u + 1L));
    printf("%d\n", -1 < 0u ? 1 : 2);
    return 0;
}
