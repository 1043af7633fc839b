/*
 * The training run behind bin/dsu's start-up cache (a JDK AOT cache, see docs/benchmarks.md).
 * The cache records which classes the runtime loads and how the Graal compiler's own code
 * behaves while it compiles C, so this program touches the kinds of code C programs are made
 * of: integer and floating-point loops, recursion, calls through pointers, structs, malloc'd
 * linked data, the string and stdio functions, qsort with a C comparator, switch dispatch,
 * varargs. Its output is thrown away; it only has to run a few seconds and then stop.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Kept out of main so each is compiled as a function of its own rather than inside main's OSR code. */
#define KERNEL __attribute__((noinline)) static

struct particle { double x, y, z, vx, vy, vz, mass; };

KERNEL double advance(struct particle *p, int n, double dt) {
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double dx = p[i].x - p[j].x, dy = p[i].y - p[j].y, dz = p[i].z - p[j].z;
            double d2 = dx * dx + dy * dy + dz * dz + 0.01;
            double mag = dt / (d2 * sqrt(d2));
            p[i].vx -= dx * p[j].mass * mag; p[j].vx += dx * p[i].mass * mag;
            p[i].vy -= dy * p[j].mass * mag; p[j].vy += dy * p[i].mass * mag;
            p[i].vz -= dz * p[j].mass * mag; p[j].vz += dz * p[i].mass * mag;
        }
    }
    double e = 0;
    for (int i = 0; i < n; i++) {
        p[i].x += dt * p[i].vx; p[i].y += dt * p[i].vy; p[i].z += dt * p[i].vz;
        e += 0.5 * p[i].mass * (p[i].vx * p[i].vx + p[i].vy * p[i].vy + p[i].vz * p[i].vz);
    }
    return e;
}

struct node { struct node *left, *right; int value; };

KERNEL struct node *build(int depth, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->left = depth > 0 ? build(depth - 1, 2 * value) : NULL;
    n->right = depth > 0 ? build(depth - 1, 2 * value + 1) : NULL;
    return n;
}

KERNEL long walk_and_free(struct node *n) {
    if (!n) return 0;
    long sum = n->value + walk_and_free(n->left) - walk_and_free(n->right);
    free(n);
    return sum;
}

KERNEL int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

KERNEL int compare_strings(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

KERNEL unsigned long text_work(int rounds) {
    char buf[64];
    char *words[200];
    unsigned long h = 5381;
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < 200; i++) {
            snprintf(buf, sizeof buf, "w%d-%x-%s", (i * 7919 + r) % 1000, i, i % 3 ? "odd" : "even");
            words[i] = malloc(strlen(buf) + 1);
            memcpy(words[i], buf, strlen(buf) + 1);
        }
        qsort(words, 200, sizeof words[0], compare_strings);
        for (int i = 0; i < 200; i++) {
            for (const char *c = words[i]; *c; c++) h = h * 33 + (unsigned char)*c;
            if (strchr(words[i], 'e')) h ^= strtoul(words[i] + 1, NULL, 10);
            free(words[i]);
        }
    }
    return h;
}

struct entry { uint64_t key; int count; int used; };

KERNEL int hash_work(int n) {
    int size = 1 << 14, distinct = 0;
    struct entry *table = calloc(size, sizeof *table);
    uint64_t seed = 42;
    for (int i = 0; i < n; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        uint64_t key = (seed >> 33) % 5000;
        size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> 50;
        while (table[slot].used && table[slot].key != key) slot = (slot + 1) & (size - 1);
        if (!table[slot].used) { table[slot].used = 1; table[slot].key = key; distinct++; }
        table[slot].count++;
    }
    free(table);
    return distinct;
}

enum op { PUSH, ADD, MUL, DUP, SWAP, JNZ, DEC, HALT };

KERNEL long interpret(const int *code, int loops) {
    long stack[16];
    int sp = 0, pc = 0;
    stack[sp++] = loops;
    stack[sp++] = 1;
    for (;;) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case MUL: sp--; stack[sp - 1] = (stack[sp - 1] * stack[sp]) % 1000003; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case DEC: stack[sp - 1]--; break;
        case JNZ: { int target = code[pc++]; if (stack[--sp]) pc = target; break; }
        case HALT: return stack[sp - 1];
        }
    }
}

KERNEL double sum_args(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

KERNEL int sieve(int n) {
    char *composite = calloc(n + 1, 1);
    int primes = 0;
    for (int i = 2; i <= n; i++) {
        if (composite[i]) continue;
        primes++;
        for (long j = (long)i * i; j <= n; j += i) composite[j] = 1;
    }
    free(composite);
    return primes;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 12;
    /* stack: counter, acc; acc = (2 * acc + 7) * 1000 until the counter reaches 0 */
    static const int program[] = {DUP, ADD, PUSH, 7, ADD, PUSH, 1000, MUL, SWAP, DEC, DUP, JNZ, 15, SWAP, HALT,
                                  SWAP, PUSH, 1, JNZ, 0};
    int (*kernels[])(int) = {fib, sieve, hash_work};
    int kernel_args[] = {24, 200000, 100000};
    struct particle bodies[5];
    for (int i = 0; i < 5; i++) bodies[i] = (struct particle){i, i * 0.5, -i, 0.1 * i, 0, -0.1 * i, 1.0 + i};
    double energy = 0;
    long total = 0;
    for (int r = 0; r < rounds; r++) {
        for (int s = 0; s < 20000; s++) energy += advance(bodies, 5, 0.001);
        total += walk_and_free(build(14, 1));
        for (int k = 0; k < 3; k++) total += kernels[k](kernel_args[k]);
        total += (long)(text_work(20) % 1000);
        total += interpret(program, 50000);
        energy += sum_args(3, sin(r), cos(r), exp(-r)) + pow(1.5, r % 7) + fmod(r, 3.5);
        printf("round %d: %ld %.6f\n", r, total, energy);
    }
    return 0;
}
