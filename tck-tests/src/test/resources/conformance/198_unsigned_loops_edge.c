/* Checks loop edge cases: unsigned countdown loops, loops to UINT_MAX/INT_MAX boundaries without overflow, size_t reverse iteration, empty ranges. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
    unsigned cnt = 0; for (unsigned i = 10; i-- > 0;) cnt += i; printf("countdown sum=%u\n", cnt);
    unsigned last = 0; int iters = 0; for (unsigned i = UINT_MAX - 5; ; i++) { last = i; iters++; if (i == UINT_MAX) break; } printf("to UINT_MAX iters=%d last=%u\n", iters, last);
    int it2 = 0; for (int i = INT_MAX - 3; i < INT_MAX; i++) it2++; printf("to INT_MAX iters=%d\n", it2);
    int arr[5] = {1, 2, 3, 4, 5}; printf("rev:"); for (size_t i = sizeof arr / sizeof arr[0]; i-- > 0;) printf(" %d", arr[i]); printf("\n");
    int empty = 0; for (int i = 5; i < 5; i++) empty++; for (unsigned i = 0; i < 0u; i++) empty++; printf("empty=%d\n", empty);
    uint8_t b = 0; int n = 0; do { n++; b++; } while (b != 0); printf("uint8 cycle=%d\n", n);
    uint16_t w = 1; int doublings = 0; while (w) { w = (uint16_t)(w << 1); doublings++; } printf("uint16 doublings=%d\n", doublings);
    long long s = 0; for (long long i = LLONG_MIN / 2; i < LLONG_MIN / 2 + 1000; i += 7) s += i & 0xFF; printf("s=%lld\n", s);
    int step = 0; for (int i = -10; i <= 10; i += 3) step++; printf("steps=%d\n", step);
    return 0;
}
