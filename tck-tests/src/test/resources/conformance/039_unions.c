/* Checks unions: type punning through unions (allowed in C), sizes, tagged unions. */
#include <stdio.h>
#include <stdint.h>
union FU { float f; uint32_t u; unsigned char b[4]; };
union DU { double d; uint64_t u; };
enum Kind { K_INT, K_DBL, K_STR };
struct Val { enum Kind k; union { int i; double d; const char *s; } u; };
static void show(struct Val v) {
    switch (v.k) { case K_INT: printf("int %d\n", v.u.i); break; case K_DBL: printf("dbl %g\n", v.u.d); break; case K_STR: printf("str %s\n", v.u.s); break; }
}
int main(void) {
    union FU fu; fu.f = 1.0f; printf("%08x %02x%02x%02x%02x\n", fu.u, fu.b[3], fu.b[2], fu.b[1], fu.b[0]);
    fu.f = -0.1f; printf("%08x\n", fu.u);
    fu.u = 0x40490FDBu; printf("%.7f\n", fu.f);
    union DU du; du.d = 3.141592653589793; printf("%016llx\n", (unsigned long long)du.u);
    du.u = 0x7FF0000000000000ull; printf("%g\n", du.d);
    du.u = 1; printf("%g\n", du.d);
    printf("sizes %zu %zu %zu\n", sizeof(union FU), sizeof(union DU), sizeof(struct Val));
    struct Val vals[] = {{K_INT, {.i = 42}}, {K_DBL, {.d = 2.75}}, {K_STR, {.s = "hi"}}};
    for (int i = 0; i < 3; i++) show(vals[i]);
    union { uint32_t w; uint16_t h[2]; uint8_t b[4]; } e = {0x11223344u};
    printf("le %04x %04x %02x\n", e.h[0], e.h[1], e.b[0]);
    union { char c[10]; int i; } big; printf("%zu\n", sizeof big);
    for (int i = 0; i < 8; i++) { union FU x; x.u = 0x3F800000u + (uint32_t)i * 0x00100000u; printf("%g ", x.f); } printf("\n");
    return 0;
}
