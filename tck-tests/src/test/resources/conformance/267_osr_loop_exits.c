/* Functions whose hot loops run in OSR code before the functions themselves are compiled, so
 * the interpreter continues after each loop with the values the OSR code computed: loop
 * results, a local array's contents, values live across several loops, a longjmp out of an
 * OSR'd loop back to a setjmp before it, and a loop inside a recursion. The test suite runs it
 * with OSR made eager as well (name contains "_osr_"). */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

static volatile int scale = 3;

__attribute__((noinline)) static long loops(int n, int seed) {
    long sum = 0;
    unsigned long alt = 1;
    int last = -1;
    char local[64];
    memset(local, 0, sizeof local);
    for (int i = 0; i < n; i++) {
        sum += (long)i * scale + seed;
        alt = alt * 31 + (i ^ seed);
        if ((i & 7) == seed % 8) last = i;
        local[i & 63] += (char)i;
    }
    long after = 0;
    for (int k = 0; k < 64; k++) after += local[k] * (k + 1);
    for (int j = n; j > 0; j -= 3) after ^= j * sum;
    return sum ^ alt ^ last ^ after;
}

static jmp_buf env;

__attribute__((noinline)) static void maybe_jump(int i, int at) {
    if (i == at) longjmp(env, i + 1);
}

__attribute__((noinline)) static long guarded(int n, int at) {
    volatile long progress = 0;
    volatile int count = 0;
    int code = setjmp(env);
    if (code != 0) {
        return progress * 1000 + code + count;
    }
    for (int i = 0; i < n; i++) {
        progress += i % 5;
        count++;
        maybe_jump(i, at);
    }
    return -progress;
}

__attribute__((noinline)) static unsigned long nested(int depth, int n) {
    unsigned long acc = depth;
    for (int i = 0; i < n; i++) acc = acc * 7 + (i % 13);
    if (depth > 0) acc ^= nested(depth - 1, n / 2 + 1);
    return acc;
}

int main(void) {
    unsigned long total = 0;
    for (int call = 0; call < 300; call++) {
        total = total * 1099511628211UL + (unsigned long)loops(3000 + call, call);
    }
    printf("loops: %lu\n", total);
    long g = 0;
    for (int call = 0; call < 40; call++) {
        g += guarded(20000, call < 20 ? 15000 + call : 1 << 30);
    }
    printf("guarded: %ld\n", g);
    unsigned long r = 0;
    for (int call = 0; call < 30; call++) r ^= nested(6, 4000 + call);
    printf("nested: %lu\n", r);
    return 0;
}
