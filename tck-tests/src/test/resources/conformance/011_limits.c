/* Checks integer limits from limits.h and stdint.h and type sizes. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>
int main(void) {
    printf("CHAR_BIT=%d SCHAR %d %d UCHAR %d CHAR %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX, UCHAR_MAX, CHAR_MIN, CHAR_MAX);
    printf("SHRT %d %d USHRT %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT %d %d UINT %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG %ld %ld ULONG %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("LLONG %lld %lld ULLONG %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("INT8 %d %d UINT8 %u\n", INT8_MIN, INT8_MAX, UINT8_MAX);
    printf("INT16 %d %d UINT16 %u\n", INT16_MIN, INT16_MAX, UINT16_MAX);
    printf("INT32 %d %d UINT32 %u\n", INT32_MIN, INT32_MAX, UINT32_MAX);
    printf("INT64 %lld %lld UINT64 %llu\n", (long long)INT64_MIN, (long long)INT64_MAX, (unsigned long long)UINT64_MAX);
    printf("INTPTR %lld SIZE %llu PTRDIFF %lld\n", (long long)INTPTR_MAX, (unsigned long long)SIZE_MAX, (long long)PTRDIFF_MAX);
    printf("INTMAX %lld\n", (long long)INTMAX_MAX);
    printf("sizes %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int), sizeof(long),
           sizeof(long long), sizeof(void *), sizeof(size_t), sizeof(_Bool));
    printf("least/fast %zu %zu %zu %zu\n", sizeof(int_least8_t), sizeof(int_least16_t), sizeof(int_fast8_t), sizeof(int_fast64_t));
    printf("%d %d\n", (int)INT8_C(-5), (int)UINT16_C(7));
    printf("%lld\n", (long long)INT64_C(9000000000));
    return 0;
}
