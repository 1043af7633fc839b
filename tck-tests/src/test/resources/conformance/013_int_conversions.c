/* Checks conversions between integer types of different widths and signedness. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    int64_t v[] = {0, 1, -1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
                   2147483647LL, 2147483648LL, -2147483649LL, 4294967295LL, 4294967296LL, 0x123456789ABCDEFLL, -0x123456789ABCDEFLL};
    for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
        int64_t x = v[i];
        printf("%lld: i8=%d u8=%u i16=%d u16=%u i32=%d u32=%u u64=%llu\n", (long long)x,
               (int8_t)x, (uint8_t)x, (int16_t)x, (uint16_t)x, (int32_t)x, (uint32_t)x, (unsigned long long)(uint64_t)x);
    }
    int8_t a = -5; uint64_t ua = (uint64_t)a; int64_t sa = a; uint32_t u32 = (uint32_t)a;
    printf("%llu %lld %u\n", (unsigned long long)ua, (long long)sa, u32);
    uint8_t b = 200; int64_t sb = b; int8_t cb = (int8_t)b;
    printf("%lld %d\n", (long long)sb, cb);
    uint32_t c = 0x80000000u; int64_t zc = c; int64_t sc = (int32_t)c;
    printf("%lld %lld\n", (long long)zc, (long long)sc);
    char ch = (char)200; printf("%d\n", (int)(signed char)ch);
    return 0;
}
