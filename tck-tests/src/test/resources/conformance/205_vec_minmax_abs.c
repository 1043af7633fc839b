/* Lane-wise min, max, abs and clamps on every integer width, signed and unsigned (llvm.smax/smin/umax/umin/abs on vectors), plus popcount and byte swaps in loops. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 263
static int8_t a8[N], b8[N]; static uint8_t c8[N];
static int16_t a16[N], b16[N]; static uint16_t c16[N];
static int32_t a32[N], b32[N]; static uint32_t c32[N], d32[N];
static int64_t a64[N], b64[N]; static uint64_t c64[N];

#define MINMAX(T, name) \
    __attribute__((noinline)) static void name(T *mn, T *mx, const T *x, const T *y, int n) { for (int i = 0; i < n; i++) { mn[i] = x[i] < y[i] ? x[i] : y[i]; mx[i] = x[i] > y[i] ? x[i] : y[i]; } }
MINMAX(int8_t, mm8)
MINMAX(int16_t, mm16)
MINMAX(int32_t, mm32)
MINMAX(int64_t, mm64)
MINMAX(uint32_t, mmu32)

__attribute__((noinline)) static void abs8(int8_t *r, const int8_t *x, int n) { for (int i = 0; i < n; i++) r[i] = (int8_t)(x[i] < 0 ? -x[i] : x[i]); }
__attribute__((noinline)) static void abs16(int16_t *r, const int16_t *x, int n) { for (int i = 0; i < n; i++) r[i] = (int16_t)abs(x[i]); }
__attribute__((noinline)) static void abs32(int32_t *r, const int32_t *x, int n) { for (int i = 0; i < n; i++) r[i] = abs(x[i]); }
__attribute__((noinline)) static void abs64(int64_t *r, const int64_t *x, int n) { for (int i = 0; i < n; i++) r[i] = llabs(x[i]); }
__attribute__((noinline)) static void clamp16(int16_t *r, const int32_t *x, int n) { for (int i = 0; i < n; i++) { int v = x[i]; r[i] = (int16_t)(v < -32768 ? -32768 : v > 32767 ? 32767 : v); } }
__attribute__((noinline)) static void clampu8(uint8_t *r, const int32_t *x, int n) { for (int i = 0; i < n; i++) { int v = x[i] >> 20; r[i] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); } }
__attribute__((noinline)) static void umin16(uint16_t *r, const uint16_t *x, uint16_t lim, int n) { for (int i = 0; i < n; i++) r[i] = x[i] < lim ? x[i] : lim; }
__attribute__((noinline)) static void umax64(uint64_t *r, const uint64_t *x, uint64_t lim, int n) { for (int i = 0; i < n; i++) r[i] = x[i] > lim ? x[i] : lim; }
__attribute__((noinline)) static void popc(uint32_t *r, const uint32_t *x, int n) { for (int i = 0; i < n; i++) r[i] = (uint32_t)__builtin_popcount(x[i]); }
__attribute__((noinline)) static void popc64(uint64_t *r, const uint64_t *x, int n) { for (int i = 0; i < n; i++) r[i] = (uint64_t)__builtin_popcountll(x[i]); }
__attribute__((noinline)) static void bswap32(uint32_t *r, const uint32_t *x, int n) { for (int i = 0; i < n; i++) r[i] = __builtin_bswap32(x[i]); }
__attribute__((noinline)) static void bswap16(uint16_t *r, const uint16_t *x, int n) { for (int i = 0; i < n; i++) r[i] = __builtin_bswap16(x[i]); }
__attribute__((noinline)) static void rotl32(uint32_t *r, const uint32_t *x, const uint32_t *k, int n) { for (int i = 0; i < n; i++) { unsigned s = k[i] & 31; r[i] = (x[i] << s) | (x[i] >> ((32 - s) & 31)); } }
__attribute__((noinline)) static void ctz32(uint32_t *r, const uint32_t *x, int n) { for (int i = 0; i < n; i++) r[i] = x[i] ? (uint32_t)__builtin_ctz(x[i]) : 32u; }
__attribute__((noinline)) static void clz32(uint32_t *r, const uint32_t *x, int n) { for (int i = 0; i < n; i++) r[i] = x[i] ? (uint32_t)__builtin_clz(x[i]) : 32u; }

static uint64_t h;
static void mix(uint64_t v) { h = (h ^ v) * 0x100000001B3ull; }

int main(void) {
    uint64_t s = 0x2545F4914F6CDD1Dull;
    for (int i = 0; i < N; i++) {
        s ^= s >> 12; s ^= s << 25; s ^= s >> 27; uint64_t t = s * 0x2545F4914F6CDD1Dull;
        a8[i] = (int8_t)t; b8[i] = (int8_t)(t >> 8); c8[i] = (uint8_t)(t >> 16);
        a16[i] = (int16_t)(t >> 16); b16[i] = (int16_t)(t >> 32); c16[i] = (uint16_t)(t >> 40);
        a32[i] = (int32_t)(t >> 8); b32[i] = (int32_t)(t >> 32); c32[i] = (uint32_t)t; d32[i] = (uint32_t)(t >> 29);
        a64[i] = (int64_t)t; b64[i] = (int64_t)(t * 3); c64[i] = t >> (i % 9);
        if (i % 17 == 0) { a8[i] = -127; a16[i] = -32767; a32[i] = -2147483647; a64[i] = -9223372036854775807LL; c32[i] = 0; }
    }
    static int8_t r8[N], q8[N]; static int16_t r16[N], q16[N]; static int32_t r32[N], q32[N]; static int64_t r64[N], q64[N];
    static uint8_t ru8[N]; static uint16_t ru16[N]; static uint32_t ru32[N], qu32[N]; static uint64_t ru64[N];
    for (int n = 1; n <= N; n = n * 2 + 7) {
        h = 1469598103934665603ull;
        mm8(r8, q8, a8, b8, n); for (int i = 0; i < n; i++) { mix((uint64_t)r8[i]); mix((uint64_t)q8[i]); }
        mm16(r16, q16, a16, b16, n); for (int i = 0; i < n; i++) { mix((uint64_t)r16[i]); mix((uint64_t)q16[i]); }
        mm32(r32, q32, a32, b32, n); for (int i = 0; i < n; i++) { mix((uint64_t)r32[i]); mix((uint64_t)q32[i]); }
        mm64(r64, q64, a64, b64, n); for (int i = 0; i < n; i++) { mix((uint64_t)r64[i]); mix((uint64_t)q64[i]); }
        mmu32(ru32, qu32, c32, d32, n); for (int i = 0; i < n; i++) { mix(ru32[i]); mix(qu32[i]); }
        printf("n=%d minmax %016llx", n, (unsigned long long)h);
        abs8(r8, a8, n); for (int i = 0; i < n; i++) mix((uint64_t)r8[i]);
        abs16(r16, a16, n); for (int i = 0; i < n; i++) mix((uint64_t)r16[i]);
        abs32(r32, a32, n); for (int i = 0; i < n; i++) mix((uint64_t)r32[i]);
        abs64(r64, a64, n); for (int i = 0; i < n; i++) mix((uint64_t)r64[i]);
        printf(" abs %016llx", (unsigned long long)h);
        clamp16(r16, a32, n); for (int i = 0; i < n; i++) mix((uint64_t)r16[i]);
        clampu8(ru8, a32, n); for (int i = 0; i < n; i++) mix(ru8[i]);
        umin16(ru16, c16, 40000, n); for (int i = 0; i < n; i++) mix(ru16[i]);
        umax64(ru64, c64, 0x8000000000000000ull, n); for (int i = 0; i < n; i++) mix(ru64[i]);
        printf(" clamp %016llx", (unsigned long long)h);
        popc(ru32, c32, n); for (int i = 0; i < n; i++) mix(ru32[i]);
        popc64(ru64, c64, n); for (int i = 0; i < n; i++) mix(ru64[i]);
        bswap32(ru32, c32, n); for (int i = 0; i < n; i++) mix(ru32[i]);
        bswap16(ru16, c16, n); for (int i = 0; i < n; i++) mix(ru16[i]);
        rotl32(ru32, c32, d32, n); for (int i = 0; i < n; i++) mix(ru32[i]);
        ctz32(ru32, c32, n); for (int i = 0; i < n; i++) mix(ru32[i]);
        clz32(ru32, c32, n); for (int i = 0; i < n; i++) mix(ru32[i]);
        printf(" bits %016llx\n", (unsigned long long)h);
    }
    return 0;
}
