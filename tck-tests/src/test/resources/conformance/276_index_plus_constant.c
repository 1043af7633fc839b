/* Array indices of the form i + constant (stack[sp - 1], a[i + 1], p[i - 3]) are split into the
 * variable and a displacement, and accesses that then differ only in the displacement check
 * their range together. Here that shared range often runs off the object (sp near the stack's
 * bottom, a stencil's neighbours at the array's ends, a pointer into the middle of a block
 * stepping back before it), and indices are int, long, unsigned char and short. Every value
 * must come out as natively. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, OVER, ROT, PRINT, HALT };

static unsigned long run(const int *code, long *out, int *nout) {
    long stack[8];
    int sp = 0, pc = 0;
    unsigned long sum = 0;
    for (;;) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case ROT: { long t = stack[sp - 3]; stack[sp - 3] = stack[sp - 2]; stack[sp - 2] = stack[sp - 1]; stack[sp - 1] = t; break; }
        case PRINT: out[(*nout)++] = stack[--sp]; sum = sum * 31 + out[*nout - 1]; break;
        case HALT: return sum;
        }
    }
}

/* a[i - 1] + a[i] + a[i + 1] with the ends read only on some paths */
static unsigned long stencil(const long *a, int n) {
    unsigned long s = 0;
    for (int i = 0; i < n; i++) {
        long v = a[i] * 2;
        if (i > 0) v += a[i - 1];
        if (i + 1 < n) v += a[i + 1];
        s = s * 7 + v;
    }
    return s;
}

/* the same through a long index and a pointer into the middle of the block */
static unsigned long middle(const long *mid, long lo, long hi) {
    unsigned long s = 0;
    for (long i = lo; i < hi; i++) s = s * 5 + mid[i - 3] + mid[i + 2];
    return s;
}

static long small_indices(const short *t) {
    long s = 0;
    for (unsigned char c = 0; c < 200; c++) s += t[c + 3] - t[c];
    for (short k = -50; k < 50; k++) s += t[k + 100] * (k & 3);
    return s;
}

int main(void) {
    static const int program[] = {
        PUSH, 3, PUSH, 4, ADD, DUP, MUL, PRINT,
        PUSH, 10, PUSH, 2, SWAP, SUB, PRINT,
        PUSH, 1, PUSH, 2, PUSH, 3, ROT, PRINT, PRINT, PRINT,
        PUSH, 6, PUSH, 7, OVER, MUL, ADD, PRINT,
        HALT };
    long out[32];
    unsigned long total = 0;
    for (int round = 0; round < 20000; round++) {
        int nout = 0;
        total = total * 3 + run(program, out, &nout) + nout;
    }
    printf("vm: %lu\n", total);

    unsigned long s = 0;
    for (int round = 0; round < 3000; round++) {
        int n = 1 + round % 13;
        long *a = malloc(n * sizeof(long));
        for (int i = 0; i < n; i++) a[i] = i * 3 + round;
        s = s * 11 + stencil(a, n);
        free(a);
    }
    printf("stencil: %lu\n", s);

    unsigned long m = 0;
    long *block = malloc(50 * sizeof(long));
    for (int i = 0; i < 50; i++) block[i] = i * i - 17;
    for (int round = 0; round < 3000; round++) {
        long *mid = block + 6 + round % 20;
        long lo = -(round % 3), hi = 15 - round % 4;
        m = m * 13 + middle(mid, lo, hi);
    }
    free(block);
    printf("middle: %lu\n", m);

    short *t = malloc(210 * sizeof(short));
    for (int i = 0; i < 210; i++) t[i] = (short)(i * 37 % 101 - 50);
    unsigned long q = 0;
    for (int round = 0; round < 2000; round++) q = q * 3 + small_indices(t) + round;
    free(t);
    printf("small: %lu\n", q);
    return 0;
}
