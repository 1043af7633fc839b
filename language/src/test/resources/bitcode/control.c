#include <stdarg.h>
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

int classify(int x) {
    switch (x) {
    case 0: return 10;
    case 1: return 20;
    case 5: return 30;
    case 100: return 40;
    case -7: return 50;
    default: return -1;
    }
}

int sum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

double dsum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

int apply(int (*f)(int), int v) { return f(v); }
static int twice(int v) { return 2 * v; }
int (*ops[2])(int) = {classify, twice};

void jumper(int v) { if (v > 3) longjmp(env, v); }

int computed(int n) {
    static void *labels[] = {&&L0, &&L1, &&L2};
    int acc = 0;
    goto *labels[n % 3];
L0: acc += 1;
L1: acc += 10;
L2: acc += 100;
    return acc;
}

int main(void) {
    int r = setjmp(env);
    if (r == 0) jumper(5);
    int t = 0;
    for (int i = 0; i < 4; i++) t += ops[i & 1](i);
    printf("%d %d %f %d %d\n", classify(5), sum(3, 1, 2, 3), dsum(2, 1.5, 2.5), apply(twice, r), computed(t));
    return 0;
}
