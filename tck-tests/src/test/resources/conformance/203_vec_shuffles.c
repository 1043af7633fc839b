/* GCC vector extensions: lane-wise arithmetic, comparisons, __builtin_shufflevector (one and two inputs, undef lanes unused), __builtin_convertvector, lane insert/extract, vectors through memory and function calls. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
typedef int v4si __attribute__((vector_size(16)));
typedef unsigned v4su __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef signed char v16qi __attribute__((vector_size(16)));
typedef unsigned char v8qu __attribute__((vector_size(8)));
typedef long long v2di __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef double v4df __attribute__((vector_size(32)));

static void p4si(const char *l, v4si v) { printf("%s [%d %d %d %d]\n", l, v[0], v[1], v[2], v[3]); }
static void p8hi(const char *l, v8hi v) { printf("%s [", l); for (int i = 0; i < 8; i++) printf(i ? " %d" : "%d", v[i]); printf("]\n"); }
static void p16qi(const char *l, v16qi v) { printf("%s [", l); for (int i = 0; i < 16; i++) printf(i ? " %d" : "%d", v[i]); printf("]\n"); }
static void p4sf(const char *l, v4sf v) { printf("%s [%g %g %g %g]\n", l, v[0], v[1], v[2], v[3]); }
static void p2df(const char *l, v2df v) { printf("%s [%.17g %.17g]\n", l, v[0], v[1]); }

__attribute__((noinline)) static v4si mix(v4si a, v4si b) { return __builtin_shufflevector(a, b, 0, 4, 1, 5); }
__attribute__((noinline)) static v4si rev(v4si a) { return __builtin_shufflevector(a, a, 3, 2, 1, 0); }
__attribute__((noinline)) static v8hi interleave_hi(v8hi a, v8hi b) { return __builtin_shufflevector(a, b, 4, 12, 5, 13, 6, 14, 7, 15); }
__attribute__((noinline)) static v16qi rotate_bytes(v16qi a, v16qi b) { return __builtin_shufflevector(a, b, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18); }
__attribute__((noinline)) static v4df widen2(v2df a, v2df b) { return __builtin_shufflevector(a, b, 0, 1, 2, 3); }
__attribute__((noinline)) static v2df lo_half(const v4df *p) { v4df a = *p; return __builtin_shufflevector(a, a, 2, 1); }
__attribute__((noinline)) static v4si arith(v4si a, v4si b) { return (a + b) * (a - b) / (v4si){3, -3, 7, 11} + (a % (v4si){5, 6, 7, 8}); }
__attribute__((noinline)) static v4su bits(v4su a, v4su b) { return ((a << 3) ^ (b >> 2)) | (~a & b); }
__attribute__((noinline)) static v4si cmp(v4si a, v4si b) { return (a < b) + (a == b) * 10 - (a >= b) * 100; }
__attribute__((noinline)) static v4si splat_add(v4si a, int k) { return a + k; }
__attribute__((noinline)) static v4sf fops(v4sf a, v4sf b) { return a * b - a / b + (v4sf){0.5f, -1.0f, 2.0f, 0.0f}; }
__attribute__((noinline)) static v4si sel(v4si a, v4si b) { v4si m = a > b; return (a & m) | (b & ~m); }
__attribute__((noinline)) static v4si set_lane(v4si a, int i, int x) { a[i & 3] = x; return a; }
__attribute__((noinline)) static int get_lane(v4si a, int i) { return a[i & 3]; }
__attribute__((noinline)) static v4sf to_float(v4si a) { return __builtin_convertvector(a, v4sf); }
__attribute__((noinline)) static v4si to_int(v4sf a) { return __builtin_convertvector(a, v4si); }
__attribute__((noinline)) static v2df to_double(v2di a) { return __builtin_convertvector(a, v2df); }
__attribute__((noinline)) static v8hi narrow_shorts(v4si a, v4si b) { v8hi r; for (int i = 0; i < 4; i++) { r[i] = (short)a[i]; r[i + 4] = (short)b[i]; } return r; }
__attribute__((noinline)) static v16qi bytes_sub(v16qi a, v16qi b) { return a - b; }
__attribute__((noinline)) static v8qu small_vec(v8qu a) { return a * 3 + (v8qu){1, 2, 3, 4, 5, 6, 7, 8}; }
__attribute__((noinline)) static v2di longs(v2di a, v2di b) { return (a * b) >> 3; }

int main(void) {
    v4si a = {1, -2, 30, 400}, b = {-5, 6, 30, 8};
    p4si("mix", mix(a, b));
    p4si("rev", rev(a));
    p4si("arith", arith(a, b));
    v4su ua = {0x80000001u, 7u, 0xFFFFFFFFu, 12345u}, ub = {3u, 0x10u, 0xF0F0F0F0u, 99u};
    v4su bv = bits(ua, ub);
    printf("bits [%08x %08x %08x %08x]\n", bv[0], bv[1], bv[2], bv[3]);
    p4si("cmp", cmp(a, b));
    p4si("splat", splat_add(a, -7));
    p4si("sel", sel(a, b));
    v4si c = set_lane(a, 6, 77);
    p4si("lane", c);
    printf("get %d %d\n", get_lane(c, 2), get_lane(b, 5));
    v8hi h1 = {1, 2, 3, 4, 5, 6, 7, 8}, h2 = {-1, -2, -3, -4, -5, -6, -7, -8};
    p8hi("ilv", interleave_hi(h1, h2));
    p8hi("narrow", narrow_shorts((v4si){70000, -70000, 32767, -32769}, a));
    v16qi q1, q2;
    for (int i = 0; i < 16; i++) { q1[i] = (signed char)(i * 17 - 100); q2[i] = (signed char)(i * -9 + 50); }
    p16qi("rot", rotate_bytes(q1, q2));
    p16qi("bsub", bytes_sub(q1, q2));
    v8qu sm = small_vec((v8qu){0, 50, 100, 150, 200, 250, 85, 86});
    printf("small"); for (int i = 0; i < 8; i++) printf(" %u", sm[i]); printf("\n");
    v4sf f = fops((v4sf){1.5f, -2.25f, 3.0f, 8.0f}, (v4sf){2.0f, 0.5f, -4.0f, 16.0f});
    p4sf("fops", f);
    p4sf("tof", to_float((v4si){-3, 16777217, 5, -2147483647 - 1}));
    p4si("toi", to_int((v4sf){-3.75f, 2.5f, 1e9f, -0.5f}));
    p2df("tod", to_double((v2di){-9007199254740993LL, 123456789012345LL}));
    v2di l = longs((v2di){123456789LL, -987654321LL}, (v2di){1000003LL, 77LL});
    printf("longs %lld %lld\n", l[0], l[1]);
    v4df w = widen2((v2df){0.1, 0.2}, (v2df){0.3, 0.4});
    p2df("lo", lo_half(&w));
    unsigned char raw[16];
    memcpy(raw, &a, 16);
    printf("raw"); for (int i = 0; i < 16; i++) printf(" %02x", raw[i]); printf("\n");
    v8hi fromraw; memcpy(&fromraw, raw, 16);
    p8hi("asshort", fromraw);
    return 0;
}
