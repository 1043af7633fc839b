/* fib: naive doubly recursive Fibonacci (call overhead). */
#define BENCH_NAME "fib"
#include "bench.h"

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static double bench_work(int n) { return (double)fib(n); }
