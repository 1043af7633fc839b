/* Vectorisable integer reductions beyond plain sums: products, unsigned min over bytes, signed min/max over shorts, and/or/xor over 64-bit words, sums of absolute differences. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 517
static uint8_t u8[N], v8[N];
static int16_t s16[N];
static uint64_t w64[N];
static uint32_t u32[N];
static int32_t i32[N];

__attribute__((noinline)) static uint32_t prod_u32(const uint32_t *a, int n) { uint32_t p = 1; for (int i = 0; i < n; i++) p *= a[i] | 1u; return p; }
__attribute__((noinline)) static uint8_t umin_u8(const uint8_t *a, int n) { uint8_t m = 255; for (int i = 0; i < n; i++) m = a[i] < m ? a[i] : m; return m; }
__attribute__((noinline)) static uint8_t umax_u8(const uint8_t *a, int n) { uint8_t m = 0; for (int i = 0; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
__attribute__((noinline)) static int16_t smin_s16(const int16_t *a, int n) { int16_t m = INT16_MAX; for (int i = 0; i < n; i++) if (a[i] < m) m = a[i]; return m; }
__attribute__((noinline)) static int16_t smax_s16(const int16_t *a, int n) { int16_t m = INT16_MIN; for (int i = 0; i < n; i++) if (a[i] > m) m = a[i]; return m; }
__attribute__((noinline)) static uint64_t and_u64(const uint64_t *a, int n) { uint64_t x = ~0ull; for (int i = 0; i < n; i++) x &= a[i] | 0x8000000000000001ull; return x; }
__attribute__((noinline)) static uint64_t or_u64(const uint64_t *a, int n) { uint64_t x = 0; for (int i = 0; i < n; i++) x |= a[i] & 0x00FF00FF00FF00FFull; return x; }
__attribute__((noinline)) static uint64_t xor_u64(const uint64_t *a, int n) { uint64_t x = 0; for (int i = 0; i < n; i++) x ^= a[i]; return x; }
__attribute__((noinline)) static unsigned sad_u8(const uint8_t *a, const uint8_t *b, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s += abs(a[i] - b[i]); return s; }
__attribute__((noinline)) static long sum_abs(const int32_t *a, int n) { long s = 0; for (int i = 0; i < n; i++) s += labs((long)a[i]); return s; }
__attribute__((noinline)) static int count_eq(const uint8_t *a, uint8_t c, int n) { int k = 0; for (int i = 0; i < n; i++) k += a[i] == c; return k; }
__attribute__((noinline)) static uint16_t sum_u16_wrap(const uint8_t *a, int n) { uint16_t s = 0; for (int i = 0; i < n; i++) s += (uint16_t)(a[i] * 200); return s; }
__attribute__((noinline)) static int64_t mul_sum(const int32_t *a, const int16_t *b, int n) { int64_t s = 0; for (int i = 0; i < n; i++) s += (int64_t)a[i] * b[i]; return s; }
__attribute__((noinline)) static uint32_t umin_u32(const uint32_t *a, int n) { uint32_t m = UINT32_MAX; for (int i = 0; i < n; i++) m = a[i] < m ? a[i] : m; return m; }

int main(void) {
    uint64_t s = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < N; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        u8[i] = (uint8_t)(s >> 3) | 7; v8[i] = (uint8_t)(s >> 21); s16[i] = (int16_t)(s >> 30); w64[i] = s; u32[i] = (uint32_t)(s >> 11); i32[i] = (int32_t)(s >> 29);
    }
    for (int n = 1; n <= N; n = n * 2 + 3) {
        printf("n=%3d prod=%08x umin8=%3u umax8=%3u smin16=%6d smax16=%6d and=%016llx or=%016llx xor=%016llx\n", n, prod_u32(u32, n), umin_u8(u8, n), umax_u8(v8, n),
               smin_s16(s16, n), smax_s16(s16, n), (unsigned long long)and_u64(w64, n), (unsigned long long)or_u64(w64, n), (unsigned long long)xor_u64(w64, n));
        printf("      sad=%u sabs=%ld eq=%d wrap=%u dot=%lld umin32=%u\n", sad_u8(u8, v8, n), sum_abs(i32, n), count_eq(v8, v8[0], n), sum_u16_wrap(v8, n),
               (long long)mul_sum(i32, s16, n), umin_u32(u32, n));
    }
    return 0;
}
