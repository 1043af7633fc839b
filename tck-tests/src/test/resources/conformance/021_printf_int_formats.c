/* Checks printf integer conversions %d %i %u %o %x %X %c with length modifiers and flags. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <inttypes.h>
int main(void) {
    int vals[] = {0, 1, -1, 42, -42, 255, 65535, 2147483647, -2147483647 - 1};
    const char *fmts[] = {"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.4d", "%-+8d|", "%u", "%o", "%#o", "%x", "%#x", "%X", "%#X", "%08x", "%#010x", "%.0d"};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        for (unsigned j = 0; j < sizeof fmts / sizeof fmts[0]; j++) { printf("["); printf(fmts[j], vals[i]); printf("]"); }
        printf("\n");
    }
    printf("%hhd %hhu %hd %hu\n", (signed char)-5, (unsigned char)250, (short)-1234, (unsigned short)60000);
    printf("%hhx %hx\n", (unsigned char)0xAB, (unsigned short)0xBEEF);
    printf("%ld %lu %lx %lo\n", -123456789012L, 123456789012UL, 0xDEADBEEFCAFEUL, 0777777777777UL);
    printf("%lld %llu %llX\n", -9223372036854775807LL - 1, 18446744073709551615ULL, 0xABCDEF0123456789ULL);
    printf("%zu %zd %td %jd %ju\n", (size_t)123, (ptrdiff_t)-45, (ptrdiff_t)678, (intmax_t)-9, (uintmax_t)10);
    printf("%" PRId8 " %" PRIu16 " %" PRIx32 " %" PRId64 " %" PRIu64 "\n", (int8_t)-8, (uint16_t)16, (uint32_t)0x32, (int64_t)-64, (uint64_t)64);
    printf("%c%c%c %3c|%-3c|\n", 'a', 66, '!', 'z', 'y');
    printf("%%d %%|\n");
    int n1, n2; printf("abc%n def%n\n", &n1, &n2); printf("%d %d\n", n1, n2);
    return 0;
}
