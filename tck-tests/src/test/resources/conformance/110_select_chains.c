/* Checks branchless-style select patterns (?:, min/max/abs/clamp/sign) on ints and doubles across many inputs. */
#include <stdio.h>
static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }
static int iabs(int a) { return a < 0 ? -a : a; }
static int clamp(int x, int lo, int hi) { return x < lo ? lo : x > hi ? hi : x; }
static int sign(int x) { return (x > 0) - (x < 0); }
static double dclamp(double x) { return x < -1.0 ? -1.0 : x > 1.0 ? 1.0 : x; }
static unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
int main(void) {
    long acc = 0;
    for (int i = -300; i <= 300; i += 7) {
        int a = i * 13 % 97, b = (i * i) % 89 - 44;
        acc += imin(a, b) * 3 + imax(a, b) * 5 + iabs(a - b) + clamp(a * b, -500, 500) + sign(a + b) * 1000;
        if (i % 70 == 0) printf("i=%d a=%d b=%d min=%d max=%d abs=%d clamp=%d sign=%d\n", i, a, b, imin(a, b), imax(a, b), iabs(a - b), clamp(a * b, -500, 500), sign(a + b));
    }
    printf("acc=%ld\n", acc);
    double ds = 0; for (int i = -20; i <= 20; i++) ds += dclamp(i * 0.13); printf("ds=%.17g\n", ds);
    unsigned us = 0; for (unsigned i = 0; i < 100; i++) us += umin(i * 2654435761u, 0x80000000u) >> 20; printf("us=%u\n", us);
    int arr[16]; for (int i = 0; i < 16; i++) arr[i] = (i * 7) % 11 - 5;
    int pos = 0, neg = 0, zer = 0; for (int i = 0; i < 16; i++) { pos += arr[i] > 0 ? arr[i] : 0; neg += arr[i] < 0 ? arr[i] : 0; zer += arr[i] == 0 ? 1 : 0; }
    printf("pos=%d neg=%d zero=%d\n", pos, neg, zer);
    return 0;
}
