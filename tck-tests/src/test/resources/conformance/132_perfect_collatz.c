/* Checks number theory loops: perfect and amicable numbers, longest Collatz chain below 30000, digit sums and palindromes. */
#include <stdio.h>
static int divsum(int n) { int s = 1; for (int i = 2; i * i <= n; i++) if (n % i == 0) { s += i; if (i != n / i) s += n / i; } return n == 1 ? 0 : s; }
int main(void) {
    printf("perfect:"); for (int n = 2; n < 10000; n++) if (divsum(n) == n) printf(" %d", n); printf("\n");
    printf("amicable:"); for (int n = 2; n < 10000; n++) { int m = divsum(n); if (m > n && m < 20000 && divsum(m) == n) printf(" (%d,%d)", n, m); } printf("\n");
    int best = 0, bestn = 0; for (int n = 1; n < 30000; n++) { long long x = n; int len = 1; while (x != 1) { x = x & 1 ? 3 * x + 1 : x / 2; len++; } if (len > best) { best = len; bestn = n; } }
    printf("collatz best n=%d len=%d\n", bestn, best);
    int pal = 0, maxp = 0; for (int a = 900; a < 1000; a++) for (int b = a; b < 1000; b++) { int p = a * b, r = 0, t = p; while (t) { r = r * 10 + t % 10; t /= 10; } if (r == p) { pal++; if (p > maxp) maxp = p; } }
    printf("palindromic products (a>=900)=%d max=%d\n", pal, maxp);
    long ds = 0; for (int n = 1; n <= 100000; n++) { int t = n; while (t) { ds += t % 10; t /= 10; } } printf("digit sum total=%ld\n", ds);
    int arm = 0; for (int n = 100; n < 1000; n++) { int a = n / 100, b = n / 10 % 10, c = n % 10; if (a * a * a + b * b * b + c * c * c == n) { printf("armstrong %d\n", n); arm++; } } printf("count=%d\n", arm);
    return 0;
}
