/* Checks integer square/cube roots via Newton and binary search on 64-bit values, against exact squares. */
#include <stdio.h>
#include <stdint.h>
static uint64_t isqrt(uint64_t n) { if (n < 2) return n; uint64_t x = n, y = n / 2 + (n & 1); while (y < x) { x = y; y = (x + n / x) / 2; } return x; }
static uint64_t isqrt_bs(uint64_t n) { uint64_t lo = 0, hi = 4294967295u; while (lo < hi) { uint64_t mid = lo + (hi - lo + 1) / 2; if (mid * mid <= n) lo = mid; else hi = mid - 1; } return lo; }
static uint64_t icbrt(uint64_t n) { uint64_t lo = 0, hi = 2642245; while (lo < hi) { uint64_t m = lo + (hi - lo + 1) / 2; if (m * m * m <= n) lo = m; else hi = m - 1; } return lo; }
int main(void) {
    uint64_t t[] = {0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1000000, 999999999999ull, 1ull << 62, 18446744073709551615ull, 18446744065119617025ull, 4611686014132420609ull};
    for (unsigned i = 0; i < sizeof t / sizeof t[0]; i++) { uint64_t a = isqrt(t[i]), b = isqrt_bs(t[i]); printf("%llu: sqrt=%llu bs=%llu cbrt=%llu\n", (unsigned long long)t[i], (unsigned long long)a, (unsigned long long)b, (unsigned long long)icbrt(t[i])); }
    int bad = 0; for (uint64_t k = 1; k < 200000; k += 7) { uint64_t s = k * k; if (isqrt(s) != k || isqrt(s - 1) != k - 1 || isqrt(s + 1) != k) bad++; } printf("bad=%d\n", bad);
    int squares = 0; for (uint64_t n = 1; n <= 1000000; n++) { uint64_t r = isqrt(n); squares += r * r == n; } printf("squares<=1e6: %d\n", squares);
    return 0;
}
