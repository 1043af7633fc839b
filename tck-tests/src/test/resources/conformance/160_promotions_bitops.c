/* Checks integer promotions in bit operations on small unsigned types: ~, <<, >> and comparisons after promotion. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint8_t a = 0x0F; uint16_t b = 0xF000; int8_t c = -1;
    printf("%d %d\n", ~a, (uint8_t)~a);
    printf("%d %d\n", a << 4, (uint8_t)(a << 4));
    printf("%d\n", b << 4);
    printf("%d %d\n", c >> 1, (uint8_t)c >> 1);
    printf("%d\n", (uint8_t)~a == 0xF0);
    printf("%d\n", ~a == -16);
    uint8_t x = 200, y = 100; printf("%d %d\n", x + y, (uint8_t)(x + y));
    printf("%d\n", x * y);
    uint16_t p = 65535; printf("%u %u\n", (unsigned)p * p / 65536, (unsigned)p * p); /* p * p alone would overflow int */
    unsigned char uc = 0x40; printf("%d %d\n", uc << 24 > 0, (int)((unsigned)uc << 25 >> 24));
    printf("%d\n", (a ^ 0xFF) > 0);
    int8_t s = -128; printf("%d %d\n", -s, (int8_t)-s);
    uint32_t u = 1; printf("%llu\n", (unsigned long long)(u << 31));
    printf("%d %d\n", (signed char)0x80 == -128, (unsigned char)-1 == 255);
    return 0;
}
