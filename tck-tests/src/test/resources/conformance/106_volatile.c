/* Checks volatile accesses are not optimised away: repeated reads/writes, volatile loop counters, volatile struct members. */
#include <stdio.h>
static volatile int reg;
static int reads;
struct Dev { volatile unsigned status; volatile unsigned data[4]; unsigned plain; };
__attribute__((noinline)) static int poll(volatile int *p, int limit) { int n = 0; while (*p < limit) { (*p)++; n++; } return n; }
int main(void) {
    reg = 1; reg = 2; reg = 3; printf("reg=%d\n", reg);
    volatile int counter = 0; for (volatile int i = 0; i < 1000; i++) counter += i; printf("counter=%d\n", counter);
    volatile int v = 0; int pr = poll(&v, 50); printf("poll=%d v=%d\n", pr, v);
    struct Dev d = {0, {0, 0, 0, 0}, 0};
    for (int i = 0; i < 10; i++) { d.status = d.status + 1; d.data[i % 4] += (unsigned)i; d.plain += d.status; }
    printf("%u %u %u %u %u %u\n", d.status, d.data[0], d.data[1], d.data[2], d.data[3], d.plain);
    volatile double vd = 0.1; double acc = 0; for (int i = 0; i < 10; i++) acc += vd; printf("%.17g\n", acc);
    volatile unsigned char bytes[8] = {1, 2, 3, 4, 5, 6, 7, 8}; unsigned sum = 0; for (int i = 0; i < 8; i++) sum += bytes[i]; printf("sum=%u\n", sum);
    int x = 5; volatile int *vp = &x; *vp = 6; reads = *vp + *vp; printf("x=%d reads=%d\n", x, reads);
    const volatile int cv = 42; printf("cv=%d\n", cv);
    return 0;
}
