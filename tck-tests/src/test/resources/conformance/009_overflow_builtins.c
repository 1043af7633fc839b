/* Checks __builtin_add/sub/mul_overflow on several types. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
int main(void) {
    int r; long long rl; unsigned ur; unsigned char uc; short ss;
    int a[] = {0, 1, -1, INT_MAX, INT_MIN, 65536, 46341, -46341};
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            int o1 = __builtin_add_overflow(a[i], a[j], &r); int r1 = r;
            int o2 = __builtin_sub_overflow(a[i], a[j], &r); int r2 = r;
            int o3 = __builtin_mul_overflow(a[i], a[j], &r); int r3 = r;
            printf("%d %d: add %d/%d sub %d/%d mul %d/%d\n", a[i], a[j], o1, r1, o2, r2, o3, r3);
        }
    int o;
    o = __builtin_mul_overflow(LLONG_MAX, 2LL, &rl); printf("%d %lld\n", o, rl);
    o = __builtin_add_overflow(4000000000u, 500000000u, &ur); printf("%d %u\n", o, ur);
    o = __builtin_sub_overflow(3u, 5u, &ur); printf("%d %u\n", o, ur);
    o = __builtin_add_overflow(200, 100, &uc); printf("%d %u\n", o, uc);
    o = __builtin_mul_overflow(300, 300, &ss); printf("%d %d\n", o, ss);
    o = __builtin_add_overflow(-5, 3u, &r); printf("%d %d\n", o, r);
    int64_t x = 1; int steps = 0;
    while (!__builtin_mul_overflow(x, (int64_t)3, &x)) steps++;
    printf("steps=%d\n", steps);
    return 0;
}
