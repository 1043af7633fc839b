/* Checks the sieve of Eratosthenes, prime counting, twin primes, factorisation and Euler's totient. */
#include <stdio.h>
#include <string.h>
#define LIM 200000
static unsigned char comp[LIM + 1];
int main(void) {
    memset(comp, 0, sizeof comp); comp[0] = comp[1] = 1;
    for (long i = 2; i * i <= LIM; i++) if (!comp[i]) for (long j = i * i; j <= LIM; j += i) comp[j] = 1;
    int cnt = 0, twins = 0, last = 0; long long sum = 0;
    for (int i = 2; i <= LIM; i++) if (!comp[i]) { cnt++; sum += i; if (i - last == 2) twins++; last = i; }
    printf("primes<=%d: %d sum=%lld twins=%d largest=%d\n", LIM, cnt, sum, twins, last);
    for (int lim = 10; lim <= LIM; lim *= 10) { int c = 0; for (int i = 2; i <= lim; i++) c += !comp[i]; printf("pi(%d)=%d\n", lim, c); }
    printf("first 30:"); for (int i = 2, k = 0; k < 30; i++) if (!comp[i]) { printf(" %d", i); k++; } printf("\n");
    long nums[] = {360, 97, 1001, 65536, 999999, 123456789, 600851475143L};
    for (int i = 0; i < 7; i++) { long n = nums[i], phi = n; printf("%ld =", n);
        for (long p = 2; p * p <= n; p++) if (n % p == 0) { int e = 0; while (n % p == 0) { n /= p; e++; } phi = phi / p * (p - 1); printf(" %ld^%d", p, e); }
        if (n > 1) { printf(" %ld", n); phi = phi / n * (n - 1); } printf("  phi=%ld\n", phi); }
    int gap = 0, ga = 0; last = 2; for (int i = 3; i <= LIM; i++) if (!comp[i]) { if (i - last > gap) { gap = i - last; ga = last; } last = i; }
    printf("max gap %d after %d\n", gap, ga);
    return 0;
}
