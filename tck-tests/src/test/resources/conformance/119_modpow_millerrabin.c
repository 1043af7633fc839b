/* Checks modular exponentiation and Miller-Rabin primality with unsigned __int128 intermediate products. */
#include <stdio.h>
#include <stdint.h>
typedef unsigned __int128 u128;
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((u128)a * b % m); }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) { uint64_t r = 1 % m; b %= m; while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; } return r; }
static int is_prime(uint64_t n) { if (n < 2) return 0; static const uint64_t sp[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (int i = 0; i < 12; i++) { if (n % sp[i] == 0) return n == sp[i]; }
    uint64_t d = n - 1; int s = 0; while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 12; i++) { uint64_t x = powmod(sp[i], d, n); if (x == 1 || x == n - 1) continue; int comp = 1; for (int r = 1; r < s; r++) { x = mulmod(x, x, n); if (x == n - 1) { comp = 0; break; } } if (comp) return 0; }
    return 1; }
int main(void) {
    printf("%llu %llu %llu\n", (unsigned long long)powmod(2, 10, 1000), (unsigned long long)powmod(3, 200, 1000000007), (unsigned long long)powmod(123456789, 987654321, 18446744073709551557ull));
    uint64_t tests[] = {1, 2, 97, 561, 7919, 1000000007, 1000000009, 4294967291u, 4294967297ull, 9223372036854775783ull, 18446744073709551557ull, 18446744073709551615ull, 3215031751ull, 341550071728321ull};
    for (unsigned i = 0; i < sizeof tests / sizeof tests[0]; i++) printf("%llu prime=%d\n", (unsigned long long)tests[i], is_prime(tests[i]));
    int cnt = 0; for (uint64_t n = 1000000000000ull; n < 1000000000000ull + 2000; n++) cnt += is_prime(n); printf("primes in window=%d\n", cnt);
    uint64_t fermat = powmod(2, 1000000006, 1000000007); printf("fermat=%llu\n", (unsigned long long)fermat);
    return 0;
}
