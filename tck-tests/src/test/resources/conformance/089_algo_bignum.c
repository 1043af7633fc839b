/* Checks big-number arithmetic with digit arrays: factorial 100, 2^500, Fibonacci 300, multiplication of big numbers. */
#include <stdio.h>
#include <string.h>
#define MAXD 700
typedef struct { int n; unsigned char d[MAXD]; } Big; /* little-endian decimal digits */
static void set(Big *b, unsigned v) { b->n = 0; do { b->d[b->n++] = (unsigned char)(v % 10); v /= 10; } while (v); }
static void mul_small(Big *b, unsigned m) { unsigned c = 0; for (int i = 0; i < b->n; i++) { unsigned x = b->d[i] * m + c; b->d[i] = (unsigned char)(x % 10); c = x / 10; } while (c) { b->d[b->n++] = (unsigned char)(c % 10); c /= 10; } }
static void add(Big *r, const Big *a, const Big *b) { int c = 0, n = a->n > b->n ? a->n : b->n; for (int i = 0; i < n; i++) { int x = (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + c; r->d[i] = (unsigned char)(x % 10); c = x / 10; } r->n = n; if (c) r->d[r->n++] = (unsigned char)c; }
static void mul(Big *r, const Big *a, const Big *b) { int tmp[MAXD] = {0}; for (int i = 0; i < a->n; i++) for (int j = 0; j < b->n; j++) tmp[i + j] += a->d[i] * b->d[j];
    int c = 0, n = a->n + b->n; for (int i = 0; i < n; i++) { int x = tmp[i] + c; r->d[i] = (unsigned char)(x % 10); c = x / 10; } r->n = n; while (r->n > 1 && !r->d[r->n - 1]) r->n--; }
static void print(const char *t, const Big *b) { printf("%s (%d digits): ", t, b->n); for (int i = b->n - 1; i >= 0; i--) putchar('0' + b->d[i]); putchar('\n'); }
static int digsum(const Big *b) { int s = 0; for (int i = 0; i < b->n; i++) s += b->d[i]; return s; }
int main(void) {
    Big f; set(&f, 1); for (unsigned i = 2; i <= 100; i++) mul_small(&f, i); print("100!", &f); printf("digit sum=%d\n", digsum(&f));
    Big p; set(&p, 1); for (int i = 0; i < 500; i++) mul_small(&p, 2); print("2^500", &p);
    Big a, b, c; set(&a, 0); set(&b, 1); for (int i = 0; i < 300; i++) { add(&c, &a, &b); a = b; b = c; } print("fib300", &a);
    Big x, y, z; set(&x, 1); set(&y, 1); for (int i = 0; i < 5; i++) { mul_small(&x, 987654321); mul_small(&y, 123456789); } mul(&z, &x, &y); print("x*y", &z);
    Big sq; mul(&sq, &p, &p); printf("2^1000 digits=%d digsum=%d\n", sq.n, digsum(&sq));
    return 0;
}
