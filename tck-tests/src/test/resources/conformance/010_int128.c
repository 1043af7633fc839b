/* Checks __int128 and unsigned __int128 arithmetic, printed as two 64-bit halves. */
#include <stdio.h>
#include <stdint.h>
typedef unsigned __int128 u128; typedef __int128 i128;
static void pu(const char *n, u128 v) { printf("%s=%016llx%016llx\n", n, (unsigned long long)(v >> 64), (unsigned long long)v); }
static void pdec(u128 v) { char buf[50]; int i = 49; buf[i] = 0; if (!v) buf[--i] = '0'; while (v) { buf[--i] = (char)('0' + (int)(v % 10)); v /= 10; } printf("%s\n", buf + i); }
int main(void) {
    u128 a = ((u128)0x0123456789ABCDEFull << 64) | 0xFEDCBA9876543210ull;
    u128 b = 0xFFFFFFFFFFFFFFFFull;
    pu("a", a); pu("b", b); pu("a+b", a + b); pu("a-b", a - b); pu("b*b", b * b);
    pu("a/b", a / b); pu("a%b", a % b); pu("a<<7", a << 7); pu("a>>70", a >> 70);
    pu("a^b", a ^ b); pu("~a", ~a);
    i128 n = -((i128)1 << 100); i128 m = 12345678901234567LL;
    pu("n", (u128)n); pu("n/m", (u128)(n / m)); pu("n%m", (u128)(n % m)); pu("n>>3", (u128)(n >> 3));
    printf("cmp %d %d %d\n", n < m, a > b, (i128)a > n);
    u128 f = 1; for (int i = 1; i <= 34; i++) f *= (u128)i;
    printf("34! = "); pdec(f);
    u128 p = 1; for (int i = 0; i < 127; i++) p *= 2; printf("2^127 = "); pdec(p);
    uint64_t x = 0xDEADBEEFCAFEBABEull, y = 0x123456789ull;
    u128 prod = (u128)x * y; pu("prod", prod);
    printf("hi=%llu lo=%llu\n", (unsigned long long)(prod >> 64), (unsigned long long)prod);
    printf("sizeof=%zu\n", sizeof(i128));
    i128 neg = -7; printf("%lld %lld\n", (long long)(neg / 2), (long long)(neg % 2));
    return 0;
}
