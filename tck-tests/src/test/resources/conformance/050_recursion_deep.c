/* Checks deep recursion (10000 levels), mutual recursion and recursion returning structs. */
#include <stdio.h>
static long sum_to(int n) { return n == 0 ? 0 : n + sum_to(n - 1); }
static int is_even(int n); static int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int ackermann(int m, int n) { if (m == 0) return n + 1; if (n == 0) return ackermann(m - 1, 1); return ackermann(m - 1, ackermann(m, n - 1)); }
typedef struct { long a, b; } Pair;
static Pair fibp(int n) { if (n == 0) return (Pair){0, 1}; Pair p = fibp(n - 1); return (Pair){p.b, p.a + p.b}; }
static int depth_with_locals(int n, int acc) { int local[8]; for (int i = 0; i < 8; i++) local[i] = n + i; if (n == 0) return acc; return depth_with_locals(n - 1, acc + local[n % 8] % 3); }
static int hanoi(int n, int from, int to, int via) { if (n == 0) return 0; int m = hanoi(n - 1, from, via, to); return m + 1 + hanoi(n - 1, via, to, from); }
static long gcd(long a, long b) { return b ? gcd(b, a % b) : a; }
int main(void) {
    printf("%ld\n", sum_to(10000));
    printf("%d %d\n", is_even(9999), is_odd(9999));
    printf("ack %d %d\n", ackermann(2, 3), ackermann(3, 3));
    Pair p = fibp(90); printf("%ld\n", p.a);
    printf("%d\n", depth_with_locals(10000, 0));
    printf("hanoi %d\n", hanoi(16, 1, 3, 2));
    printf("gcd %ld %ld\n", gcd(1071, 462), gcd(1LL << 40, 6000000));
    return 0;
}
