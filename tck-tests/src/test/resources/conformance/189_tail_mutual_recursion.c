/* Checks tail-recursive and mutually recursive functions at depth 10000 (may or may not be turned into loops at -O2). */
#include <stdio.h>
static long gcd_steps;
static long sum_acc(long n, long acc) { return n == 0 ? acc : sum_acc(n - 1, acc + n); }
static int ping(int n, int acc); static int pong(int n, int acc);
static int ping(int n, int acc) { return n == 0 ? acc : pong(n - 1, acc + 1); }
static int pong(int n, int acc) { return n == 0 ? acc : ping(n - 1, acc * 3 % 1000003); }
static long gcd(long a, long b) { gcd_steps++; return b == 0 ? a : gcd(b, a % b); }
static double power(double b, int e, double acc) { return e == 0 ? acc : power(b, e - 1, acc * b); }
static int count_digits(unsigned long long v, int acc) { return v < 10 ? acc + 1 : count_digits(v / 10, acc + 1); }
int main(void) {
    printf("sum=%ld\n", sum_acc(10000, 0));
    printf("pingpong=%d %d\n", ping(10000, 0), ping(9999, 1));
    long g = gcd(1134903170L, 701408733L); printf("gcd=%ld steps=%ld\n", g, gcd_steps);
    printf("power=%.17g\n", power(1.0001, 10000, 1.0));
    printf("digits=%d %d\n", count_digits(18446744073709551615ull, 0), count_digits(0, 0));
    return 0;
}
