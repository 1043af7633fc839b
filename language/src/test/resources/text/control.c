#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>

static jmp_buf env;

static int classify(int c) {
    switch (c) {
    case 0: return 100;
    case 1: case 2: return 200;
    case 7: return 300;
    case 100: return 400;
    default: return -1;
    }
}

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int (*ops[])(int) = {twice, square};

int apply(int (*f)(int), int v) { return f(v); }

int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) {
        s += va_arg(ap, int);
    }
    va_end(ap);
    return s;
}

double avg(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) {
        s += va_arg(ap, double);
    }
    va_end(ap);
    return count ? s / count : 0;
}

int dispatch(int i) {
    static void *labels[] = {&&first, &&second, &&third};
    int r = 0;
    goto *labels[i % 3];
first:
    r += 1;
second:
    r += 10;
third:
    r += 100;
    return r;
}

static void jumper(int v) { longjmp(env, v); }

int main(void) {
    int acc = 0;
    for (int i = 0; i < 10; i++) {
        acc += classify(i);
    }
    acc += apply(ops[0], 3) + apply(ops[1], 4);
    acc += sum_ints(4, 1, 2, 3, 4);
    volatile int seen = 0;
    if (setjmp(env) == 0) {
        seen = 1;
        jumper(5);
    }
    printf("%d %d %f %d %d\n", acc, dispatch(1), avg(3, 1.0, 2.0, 4.5), seen, ops[1] == square);
    return 0;
}
