/* Calls through function pointers that reach many functions, in hot loops: integer, double and
 * float arguments and results, void functions, calls as arguments of calls, recursion through
 * the table, library functions and defined ones at one site, and callees that cannot take their
 * arguments in registers (variadic, long double, more than eight arguments, a struct by value). */
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <math.h>

typedef long (*binop)(long, long);
typedef double (*dop)(double, int);
typedef float (*fop)(float);
typedef long (*unop)(long);
typedef double (*dunop)(double);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b % 1000003; }
static long mix(long a, long b) { return (a ^ (b << 3)) & 0xffffff; }
static long pick(long a, long b) { return a > b ? a : b; }
static long neg(long a, long b) { return -(a + b) / 3; }
static binop ops[] = {add, sub, mul, mix, pick, neg};
static binop volatile table_ref = add;

/* calls back through the table: the registers are reused while this call is running */
static long twice(long a, long b) {
    binop f = ops[(a & 0xff) % 6];
    binop g = ops[(b & 0xff) % 6];
    return f(g(a, 1), g(b, 2)) % 100000;
}

static double scale(double x, int k) { return x * k; }
static double shrink(double x, int k) { return x / (k + 1); }
static double shift(double x, int k) { return x + k * 0.25; }
static dop dops[] = {scale, shrink, shift};

static float halve(float x) { return x * 0.5f; }
static float grow(float x) { return x * 1.5f + 1.0f; }
static float flip(float x) { return -x; }
static fop fops[] = {halve, grow, flip};

static long total;
static void bump(long by) { total += by; }
static void drop(long by) { total -= by / 2; }
static void (*voids[])(long) = {bump, drop};

static long square(long x) { return x * x % 9973; }
static unop unops[] = {labs, square};
static double twothirds(double x) { return x * 2 / 3; }
static dunop dunops[] = {sqrt, fabs, twothirds};

static long sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) {
        s += va_arg(ap, int);
    }
    va_end(ap);
    return s;
}
static long sum_longs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long s = 0;
    for (int i = 0; i < n; i++) {
        s += va_arg(ap, long) * 2;
    }
    va_end(ap);
    return s;
}
static long (*variadic[])(int, ...) = {sum_ints, sum_longs};

static long double ld_half(long double x) { return x / 2; }
static long double ld_sq(long double x) { return x * x; }
static long double (*lds[])(long double) = {ld_half, ld_sq};

static long ten1(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) { return a + b * 2 + c * 3 + d + e + f + g + h + i + j * 10; }
static long ten2(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) { return a - b + c - d + e - f + g - h + i - j; }
static long (*tens[])(long, long, long, long, long, long, long, long, long, long) = {ten1, ten2};

struct pair { long x, y; double z; };
static long by_value_a(struct pair p) { return p.x + p.y + (long)p.z; }
static long by_value_b(struct pair p) { return p.x * p.y - (long)p.z; }
static long (*pairs[])(struct pair) = {by_value_a, by_value_b};

int main(void) {
    long acc = 7;
    unsigned long check = 0;
    double d = 1.0;
    float f = 2.0f;
    long lib = 0;
    double dlib = 0;
    long var = 0;
    long double ld = 3;
    long many = 0;
    long byval = 0;
    for (int i = 0; i < 60000; i++) {
        acc = ops[i % 6](acc, i) % 1000000007;
        acc = ops[(i + 1) % 6](ops[i % 6](acc, 3), ops[(i + 2) % 6](i, acc)) % 1000000007;
        if (i % 7 == 0) {
            acc = twice(acc, i) + acc % 13;
        }
        check = check * 31 + (unsigned long)acc;
        d = dops[i % 3](d, i % 5);
        if (d > 1e6 || d < -1e6) {
            d = 1.0;
        }
        f = fops[i % 3](f);
        if (f > 1e4f || f < -1e4f) {
            f = 2.0f;
        }
        voids[i & 1](i);
        lib += unops[i & 1](i - 30000);
        dlib += dunops[i % 3](i * 0.5);
        var += variadic[i & 1](3, i, i + 1, i + 2);
        ld = lds[i & 1](ld);
        if (ld > 1e30L || ld < 1e-30L) {
            ld = 3;
        }
        many += tens[i & 1](i, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        struct pair p = {i, i % 17, i * 0.5};
        byval += pairs[i & 1](p);
    }
    printf("acc %ld check %lu add %ld\n", acc, check, table_ref(2, 3));
    printf("d %.9g f %.6g\n", d, (double)f);
    printf("total %ld lib %ld dlib %.6f\n", total, lib, dlib);
    printf("variadic %ld ld %.6Lg many %ld byval %ld\n", var, ld, many, byval);
    /* the same functions called directly too */
    printf("direct %ld %ld %.3f %.3f\n", add(4, 5), twice(11, 12), scale(1.5, 3), (double)grow(2.0f));
    return 0;
}
