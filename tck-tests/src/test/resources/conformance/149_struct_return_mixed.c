/* Checks by-value struct returns of awkward classes: {double,int}, {float,float,int}, {char[12]}, {long double}, nested, union. */
#include <stdio.h>
#include <string.h>
typedef struct { double d; int i; } DI;
typedef struct { float a, b; int c; } FFI;
typedef struct { char s[12]; } C12;
typedef struct { long double x; } LD;
typedef struct { DI inner; short tag; } Nest;
typedef union { double d; long l; char c[8]; } U;
typedef struct { int a; float f; } IF;
typedef struct { double x, y, z, w; } D4;
__attribute__((noinline)) static DI mk_di(int k) { return (DI){k * 0.25, -k}; }
__attribute__((noinline)) static FFI mk_ffi(int k) { return (FFI){k + 0.5f, k - 0.5f, k * k}; }
__attribute__((noinline)) static C12 mk_c12(const char *s) { C12 r; memset(&r, 0, sizeof r); strncpy(r.s, s, 11); return r; }
__attribute__((noinline)) static LD mk_ld(int k) { return (LD){k / 3.0L}; }
__attribute__((noinline)) static Nest mk_nest(int k) { Nest n = {mk_di(k), (short)(k * 100)}; return n; }
__attribute__((noinline)) static U mk_u(long v) { U u; u.l = v; return u; }
__attribute__((noinline)) static IF mk_if(IF x) { x.a *= 2; x.f *= 2; return x; }
__attribute__((noinline)) static D4 add4(D4 a, D4 b) { return (D4){a.x + b.x, a.y + b.y, a.z + b.z, a.w + b.w}; }
__attribute__((noinline)) static double use_all(DI a, FFI b, C12 c, LD d, Nest e, IF f) { return a.d + a.i + b.a + b.b + b.c + (double)strlen(c.s) + (double)d.x + e.inner.d + e.tag + f.a + f.f; }
int main(void) {
    for (int k = 1; k <= 3; k++) { DI a = mk_di(k); FFI b = mk_ffi(k); LD d = mk_ld(k); Nest n = mk_nest(k); printf("%g %d | %g %g %d | %.18Lg | %g %d %d\n", a.d, a.i, b.a, b.b, b.c, d.x, n.inner.d, n.inner.i, n.tag); }
    C12 c = mk_c12("hello world, truncated"); printf("[%s]\n", c.s);
    U u = mk_u(0x4000000000000000L); printf("%g %02x\n", u.d, (unsigned char)u.c[7]);
    IF x = mk_if((IF){21, 1.25f}); printf("%d %g\n", x.a, x.f);
    D4 s = {0, 0, 0, 0}; for (int i = 0; i < 5; i++) s = add4(s, (D4){i, i * 0.5, -i, 1}); printf("%g %g %g %g\n", s.x, s.y, s.z, s.w);
    printf("%.10g\n", use_all(mk_di(2), mk_ffi(3), mk_c12("abc"), mk_ld(9), mk_nest(4), (IF){5, 0.5f}));
    return 0;
}
