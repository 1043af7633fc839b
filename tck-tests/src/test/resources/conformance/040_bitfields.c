/* Checks bitfields: signed/unsigned widths, wraparound on assignment, packing and struct size. */
#include <stdio.h>
struct Flags { unsigned a : 1; unsigned b : 3; unsigned c : 4; signed d : 5; unsigned e : 7; int f : 12; };
struct Packed { unsigned char x : 3, y : 5; } __attribute__((packed));
struct __attribute__((packed)) PK { char c; int i; short s; };
struct Wide { unsigned long long lo : 40; unsigned long long hi : 24; };
struct Mixed { char c; unsigned x : 4; unsigned : 0; unsigned y : 4; };
int main(void) {
    struct Flags f = {0};
    for (int i = 0; i < 20; i++) {
        f.a = (unsigned)i & 1u; f.b = (unsigned)i & 7u; f.c = (unsigned)(i * 3) & 15u; f.d = (i - 10);
        f.e = (unsigned)(i * 9) & 127u; f.f = i * -100;
        printf("%u %u %u %d %u %d\n", f.a, f.b, f.c, f.d, f.e, f.f);
    }
    f.d = 15; f.d += 0; printf("d=%d\n", f.d);
    f.b = 7; f.b = (f.b + 1) & 7u; printf("b=%u\n", f.b);
    struct Packed p = {5, 17}; printf("%u %u %zu\n", p.x, p.y, sizeof p);
    struct PK pk = {'a', 0x12345678, 0x7BCD}; printf("%c %x %x %zu\n", pk.c, pk.i, pk.s, sizeof pk);
    struct Wide w; w.lo = 0xFFFFFFFFFFull; w.hi = 0xABCDEF; w.lo += 1; printf("%llx %llx %zu\n", (unsigned long long)w.lo, (unsigned long long)w.hi, sizeof w);
    struct Mixed m = {'q', 9, 3}; printf("%c %u %u %zu\n", m.c, m.x, m.y, sizeof m);
    printf("sizeof Flags=%zu\n", sizeof(struct Flags));
    struct Flags g = f; g.c = 9; printf("%u %u\n", f.c, g.c);
    unsigned sum = 0; for (int i = 0; i < 100; i++) { f.e = (unsigned)i; sum += f.e + f.a; } printf("sum=%u\n", sum);
    return 0;
}
