/* Checks 16.16 fixed-point arithmetic implemented with integer ops (mul/div with 64-bit intermediates, sqrt by Newton). */
#include <stdio.h>
#include <stdint.h>
typedef int32_t fx;
#define FX(x) ((fx)((x) * 65536.0))
static fx fmul(fx a, fx b) { return (fx)(((int64_t)a * b) >> 16); }
static fx fdiv(fx a, fx b) { return (fx)(((int64_t)a * 65536) / b); }
static fx fsqrt(fx a) { if (a <= 0) return 0; fx x = a > FX(1) ? a / 2 : FX(1); for (int i = 0; i < 30; i++) { fx nx = (x + fdiv(a, x)) / 2; if (nx == x) break; x = nx; } return x; }
static void pf(const char *n, fx v) { int neg = v < 0; uint32_t u = neg ? (uint32_t)(-(int64_t)v) : (uint32_t)v; printf("%s=%s%u.%05u (raw %d)\n", n, neg ? "-" : "", u >> 16, (unsigned)(((uint64_t)(u & 0xFFFF) * 100000) >> 16), v); }
int main(void) {
    fx a = FX(3.25), b = FX(-1.5), c = FX(0.001);
    pf("a", a); pf("b", b); pf("c", c); pf("a+b", a + b); pf("a*b", fmul(a, b)); pf("a/b", fdiv(a, b)); pf("b/a", fdiv(b, a));
    pf("sqrt2", fsqrt(FX(2))); pf("sqrt100", fsqrt(FX(100))); pf("sqrt(a)", fsqrt(a));
    fx acc = 0; for (int i = 1; i <= 100; i++) acc += fdiv(FX(1), FX(i) / 1 ); pf("harm100", acc);
    fx x = FX(1); for (int i = 0; i < 20; i++) x = fmul(x, FX(1.05)); pf("1.05^20", x);
    fx s = 0, t = FX(0.5); for (int k = 1; k < 10; k += 2) { s += t; t = -fdiv(fmul(fmul(t, FX(0.5)), FX(0.5)), FX((k + 1) * (k + 2))); } pf("sin(0.5)", s);
    return 0;
}
