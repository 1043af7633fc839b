/* Checks vectorisable integer reductions: sum, min, max, xor, count over int/short/char arrays of odd lengths. */
#include <stdio.h>
#include <stdint.h>
#define N 1003
static int ia[N]; static short sa[N]; static signed char ca[N]; static unsigned ua[N]; static int64_t la[N];
__attribute__((noinline)) static long sum_i(const int *a, int n) { long s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static int min_i(const int *a, int n) { int m = a[0]; for (int i = 1; i < n; i++) m = a[i] < m ? a[i] : m; return m; }
__attribute__((noinline)) static int max_i(const int *a, int n) { int m = a[0]; for (int i = 1; i < n; i++) if (a[i] > m) m = a[i]; return m; }
__attribute__((noinline)) static int sum_s(const short *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static int sum_c(const signed char *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
__attribute__((noinline)) static unsigned xor_u(const unsigned *a, int n) { unsigned x = 0; for (int i = 0; i < n; i++) x ^= a[i]; return x; }
__attribute__((noinline)) static unsigned and_or(const unsigned *a, int n, unsigned *orr) { unsigned x = ~0u, o = 0; for (int i = 0; i < n; i++) { x &= a[i] | 0x0F0F0F0Fu; o |= a[i]; } *orr = o; return x; }
__attribute__((noinline)) static int count_gt(const int *a, int n, int t) { int c = 0; for (int i = 0; i < n; i++) c += a[i] > t; return c; }
__attribute__((noinline)) static int64_t sum_l(const int64_t *a, int n) { int64_t s = 0; for (int i = 0; i < n; i++) s += a[i] * 3 - 1; return s; }
__attribute__((noinline)) static long dot(const int *a, const short *b, int n) { long s = 0; for (int i = 0; i < n; i++) s += (long)a[i] * b[i]; return s; }
__attribute__((noinline)) static unsigned umax(const unsigned *a, int n) { unsigned m = 0; for (int i = 0; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
int main(void) {
    uint32_t s = 7;
    for (int i = 0; i < N; i++) { s = s * 1664525u + 1013904223u; ia[i] = (int)(s >> 8) - (1 << 23); sa[i] = (short)(s >> 16); ca[i] = (signed char)(s >> 24); ua[i] = s; la[i] = (int64_t)s * 12345 - ((int64_t)1 << 40); }
    for (int n = 1; n <= N; n = n * 3 + 1) {
        unsigned o; unsigned a = and_or(ua, n, &o);
        printf("n=%d sum=%ld min=%d max=%d ssum=%d csum=%d xor=%08x and=%08x or=%08x gt=%d lsum=%lld dot=%ld umax=%u\n", n, sum_i(ia, n), min_i(ia, n), max_i(ia, n),
               sum_s(sa, n), sum_c(ca, n), xor_u(ua, n), a, o, count_gt(ia, n, 0), (long long)sum_l(la, n), dot(ia, sa, n), umax(ua, n));
    }
    return 0;
}
