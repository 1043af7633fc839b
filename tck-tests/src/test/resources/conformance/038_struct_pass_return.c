/* Checks structs passed and returned by value: 8-byte, 16-byte mixed int/double, large (>16 bytes), float pairs. */
#include <stdio.h>
typedef struct { int a, b; } Small;
typedef struct { int i; double d; } Mixed;
typedef struct { double x, y; } DPair;
typedef struct { float x, y; } FPair;
typedef struct { float x, y, z; } F3;
typedef struct { long a, b, c; double d; char tag[8]; } Large;
typedef struct { char c; short s; } Tiny;
typedef struct { char bytes[3]; } Odd;
__attribute__((noinline)) static Small mk_small(int a, int b) { Small s = {a, b}; return s; }
__attribute__((noinline)) static Small add_small(Small x, Small y) { return (Small){x.a + y.a, x.b + y.b}; }
__attribute__((noinline)) static Mixed mk_mixed(int i, double d) { Mixed m = {i, d}; return m; }
__attribute__((noinline)) static Mixed scale_mixed(Mixed m, double f) { m.i *= 2; m.d *= f; return m; }
__attribute__((noinline)) static DPair rot(DPair p) { return (DPair){-p.y, p.x}; }
__attribute__((noinline)) static FPair fswap(FPair p) { return (FPair){p.y, p.x}; }
__attribute__((noinline)) static F3 f3add(F3 a, F3 b) { return (F3){a.x + b.x, a.y + b.y, a.z + b.z}; }
__attribute__((noinline)) static Large mk_large(long seed) { Large l = {seed, seed * 2, seed * 3, seed * 0.5, "large"}; l.tag[5] = (char)('0' + seed % 10); return l; }
__attribute__((noinline)) static long sum_large(Large l) { l.a = 0; return l.a + l.b + l.c + (long)l.d; }
__attribute__((noinline)) static Tiny mk_tiny(char c, short s) { return (Tiny){c, s}; }
__attribute__((noinline)) static Odd odd_inc(Odd o) { for (int i = 0; i < 3; i++) o.bytes[i]++; return o; }
__attribute__((noinline)) static double many(Small a, Mixed b, DPair c, Large d, int e, double f, Small g, Mixed h) {
    return a.a + a.b + b.i + b.d + c.x + c.y + d.a + d.d + e + f + g.a * 10 + h.d * 100;
}
int main(void) {
    Small s = add_small(mk_small(1, 2), mk_small(30, 40)); printf("%d %d\n", s.a, s.b);
    Mixed m = scale_mixed(mk_mixed(21, 1.25), 3.0); printf("%d %g\n", m.i, m.d);
    DPair p = {1.5, -2.5}; for (int i = 0; i < 4; i++) { p = rot(p); printf("(%g,%g)", p.x, p.y); } printf("\n");
    FPair fp = fswap((FPair){1.25f, 2.5f}); printf("%g %g\n", fp.x, fp.y);
    F3 f3 = f3add((F3){1, 2, 3}, (F3){0.5f, 0.25f, 0.125f}); printf("%g %g %g\n", f3.x, f3.y, f3.z);
    Large l = mk_large(7); printf("%ld %ld %ld %g %s sum=%ld a_after=%ld\n", l.a, l.b, l.c, l.d, l.tag, sum_large(l), l.a);
    Tiny t = mk_tiny('z', -300); printf("%c %d\n", t.c, t.s);
    Odd o = odd_inc((Odd){{'a', 'b', 'c'}}); printf("%c%c%c\n", o.bytes[0], o.bytes[1], o.bytes[2]);
    printf("%g\n", many(s, m, p, l, 5, 0.5, mk_small(3, 4), mk_mixed(1, 0.01)));
    Large arr[3]; for (int i = 0; i < 3; i++) arr[i] = mk_large(i + 1);
    long tot = 0; for (int i = 0; i < 3; i++) tot += sum_large(arr[i]); printf("tot=%ld\n", tot);
    return 0;
}
