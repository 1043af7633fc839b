/* Checks rational arithmetic with gcd normalisation and polynomial multiply/evaluate/derivative with long long coefficients. */
#include <stdio.h>
typedef struct { long long n, d; } Q;
static long long gcd(long long a, long long b) { if (a < 0) a = -a; if (b < 0) b = -b; while (b) { long long t = a % b; a = b; b = t; } return a; }
static Q mk(long long n, long long d) { if (d < 0) { n = -n; d = -d; } long long g = gcd(n, d); if (g == 0) g = 1; return (Q){n / g, d / g}; }
static Q add(Q a, Q b) { return mk(a.n * b.d + b.n * a.d, a.d * b.d); }
static Q mul(Q a, Q b) { return mk(a.n * b.n, a.d * b.d); }
static Q divq(Q a, Q b) { return mk(a.n * b.d, a.d * b.n); }
int main(void) {
    Q h = {0, 1}; for (int i = 1; i <= 20; i++) h = add(h, mk(1, i)); printf("H20 = %lld/%lld\n", h.n, h.d);
    Q e = {0, 1}, f = {1, 1}; for (int i = 0; i < 10; i++) { e = add(e, divq(mk(1, 1), f)); f = mul(f, mk(i + 1, 1)); } printf("e ~ %lld/%lld = %.15f\n", e.n, e.d, (double)e.n / e.d);
    Q x = mk(-6, 8), y = mk(10, -4); Q s = add(x, y), p = mul(x, y), qd = divq(x, y); printf("%lld/%lld %lld/%lld %lld/%lld\n", s.n, s.d, p.n, p.d, qd.n, qd.d);
    long long a[] = {1, -3, 2}, b[] = {4, 0, -1, 5}, c[6] = {0};
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) c[i + j] += a[i] * b[j];
    printf("product:"); for (int i = 0; i < 6; i++) printf(" %lld", c[i]); printf("\n");
    for (long long xv = -3; xv <= 3; xv++) { long long v = 0; for (int i = 5; i >= 0; i--) v = v * xv + c[i]; long long dv = 0; for (int i = 5; i >= 1; i--) dv = dv * xv + c[i] * i; printf("p(%lld)=%lld p'=%lld\n", xv, v, dv); }
    long long binom[21][21] = {{0}}; for (int n = 0; n <= 20; n++) { binom[n][0] = 1; for (int k = 1; k <= n; k++) binom[n][k] = binom[n - 1][k - 1] + binom[n - 1][k]; }
    printf("C(20,k):"); for (int k = 0; k <= 20; k++) printf(" %lld", binom[20][k]); printf("\n");
    return 0;
}
