/* atoi, atol and atoll in a hot loop (compiled into the caller), over white space, signs,
 * leading zeros, trailing text, empty numbers, values an int cannot hold (cut as glibc cuts
 * them) and values a long cannot hold (LONG_MAX or LONG_MIN). errno is not printed: LLVM takes
 * these functions to leave memory alone and folds a read of errno after them. */
#include <stdio.h>
#include <stdlib.h>

static const char *inputs[] = {
    "42", "  -17", "+8", "0009", "12abc", "", "-", "+", " \t\n\v\f\r 5", "- 5", "--5", "3.9",
    "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967301",
    "922337203685477580", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "-9223372036854775809", "123456789012345678901234567890", "0x1f", "00000000000000000000000000012",
};

int main(void) {
    enum { N = sizeof inputs / sizeof inputs[0] };
    long sums[N] = {0};
    for (int round = 0; round < 3000; round++) {
        for (int i = 0; i < N; i++) {
            sums[i] += atoi(inputs[i]) + atol(inputs[i]) % 1000 + atoll(inputs[i]) % 7;
        }
    }
    for (int i = 0; i < N; i++) {
        int a = atoi(inputs[i]);
        long l = atol(inputs[i]);
        long long ll = atoll(inputs[i]);
        printf("[%s] %d %ld %lld %ld\n", inputs[i], a, l, ll, sums[i]);
    }
    return 0;
}
