/* Checks portable overflow detection without builtins (pre-checks against limits) for add, sub, mul on int and long long. */
#include <stdio.h>
#include <limits.h>
static int add_ok(int a, int b) { return !((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)); }
static int sub_ok(int a, int b) { return !((b < 0 && a > INT_MAX + b) || (b > 0 && a < INT_MIN + b)); }
static int mul_ok(int a, int b) { if (a == 0 || b == 0) return 1; if (a > 0) { if (b > 0) return a <= INT_MAX / b; return b >= INT_MIN / a; } if (b > 0) return a >= INT_MIN / b; return a >= INT_MAX / b; }
static int llmul_ok(long long a, long long b) { if (a == 0 || b == 0) return 1; if (a > 0) { if (b > 0) return a <= LLONG_MAX / b; return b >= LLONG_MIN / a; } if (b > 0) return a >= LLONG_MIN / b; return a >= LLONG_MAX / b; }
int main(void) {
    int v[] = {0, 1, -1, 2, -2, 46340, 46341, -46341, 65536, INT_MAX, INT_MIN, INT_MAX / 2, INT_MIN / 2};
    int n = sizeof v / sizeof v[0], mism = 0, cnt[3] = {0};
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { int a = v[i], b = v[j], r;
        int o1 = !add_ok(a, b), o2 = !sub_ok(a, b), o3 = !mul_ok(a, b);
        if (o1 != __builtin_add_overflow(a, b, &r) || o2 != __builtin_sub_overflow(a, b, &r) || o3 != __builtin_mul_overflow(a, b, &r)) mism++;
        cnt[0] += o1; cnt[1] += o2; cnt[2] += o3; }
    printf("int overflows add=%d sub=%d mul=%d mismatches=%d\n", cnt[0], cnt[1], cnt[2], mism);
    long long f = 1; int k = 1; while (llmul_ok(f, k + 1)) { k++; f *= k; } printf("largest factorial in long long: %d! = %lld\n", k, f);
    long long p = 1; int e = 0; while (llmul_ok(p, 3)) { p *= 3; e++; } printf("3^%d = %lld\n", e, p);
    return 0;
}
