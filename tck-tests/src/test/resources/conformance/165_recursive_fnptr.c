/* Checks recursion through function pointers: fixed-point style factorial, tree folding with callbacks, and memoised Fibonacci in __int128. */
#include <stdio.h>
typedef long (*fn)(void *self, long n);
struct Rec { fn f; long calls; };
static long fact_step(void *self, long n) { struct Rec *r = self; r->calls++; return n <= 1 ? 1 : n * r->f(self, n - 1); }
typedef struct Tree { int v; struct Tree *l, *r; } Tree;
static long fold(const Tree *t, long (*comb)(long, long, int), long leaf) { if (!t) return leaf; return comb(fold(t->l, comb, leaf), fold(t->r, comb, leaf), t->v); }
static long sumc(long a, long b, int v) { return a + b + v; }
static long depthc(long a, long b, int v) { (void)v; return 1 + (a > b ? a : b); }
static long maxc(long a, long b, int v) { long m = a > b ? a : b; return m > v ? m : v; }
static unsigned __int128 memo[200];
static unsigned __int128 fib(int n) { if (n < 2) return (unsigned __int128)n; if (memo[n]) return memo[n]; return memo[n] = fib(n - 1) + fib(n - 2); }
static void pr128(unsigned __int128 v) { char b[50]; int i = 49; b[i] = 0; do { b[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v); printf("%s", b + i); }
int main(void) {
    struct Rec r = {fact_step, 0}; long f20 = r.f(&r, 20); printf("20! = %ld calls=%ld\n", f20, r.calls);
    Tree n[7] = {{1, &n[1], &n[2]}, {2, &n[3], &n[4]}, {3, &n[5], NULL}, {4, NULL, NULL}, {5, &n[6], NULL}, {6, NULL, NULL}, {7, NULL, NULL}};
    printf("sum=%ld depth=%ld max=%ld\n", fold(n, sumc, 0), fold(n, depthc, 0), fold(n, maxc, -1));
    for (int k = 50; k <= 180; k += 26) { printf("fib(%d)=", k); pr128(fib(k)); printf("\n"); }
    return 0;
}
