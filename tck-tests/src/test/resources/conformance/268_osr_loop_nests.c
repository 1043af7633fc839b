/* OSR code entered at a loop deep inside other loops: the interpreter is in an inner loop
 * whose outer loops do not come round soon, so its OSR code starts there and must go on
 * correctly through the rest of the inner loop, out into the loops around it (which allocate,
 * free and store), into sibling loops, out by break and goto, and back in on their next
 * iterations. The test suite also runs it with OSR made eager (name contains "_osr_"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long mix(unsigned long h, unsigned long v) {
    return (h ^ v) * 1099511628211UL;
}

/* three loops deep, the innermost long; the outer bodies allocate, fill and free */
__attribute__((noinline)) static unsigned long three_deep(int rounds) {
    unsigned long h = 14695981039346656037UL;
    for (int a = 0; a < rounds; a++) {
        int n = 60000 + a * 1000;
        unsigned char *buf = malloc(n);
        memset(buf, a + 1, n);
        for (int b = 0; b < 3; b++) {
            long s = 0;
            for (int i = b; i < n; i += 1 + b) {
                buf[i] = (unsigned char)(buf[i] * 3 + i);
                s += buf[i];
            }
            for (int k = 0; k < 100; k++) s ^= (long)k * buf[k * (b + 1)];
            h = mix(h, (unsigned long)s);
            if (s == 12345) break;
        }
        int found = -1;
        for (int i = 0; i < n; i++) {
            if (buf[i] == 42) {
                found = i;
                break;
            }
        }
        h = mix(h, (unsigned long)found);
        free(buf);
    }
    return h;
}

/* four loops deep, with a goto from the innermost loop to the next iteration of the loop two
 * levels out, and values from each outer level used inside */
__attribute__((noinline)) static unsigned long four_deep(int rounds) {
    static int grid[8][8];
    unsigned long h = 7;
    for (int r = 0; r < rounds; r++) {
        for (int y = 0; y < 8; y++) {
            int row_base = r * 100 + y;
            for (int x = 0; x < 8; x++) {
                long acc = row_base;
                for (int i = 0; i < 40000; i++) {
                    acc = acc * 31 + (i ^ x);
                    if (acc == -1) goto next_row;
                }
                grid[y][x] = (int)(acc & 0xffff);
            }
        next_row:
            h = mix(h, (unsigned long)grid[y][y]);
        }
    }
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) h = mix(h, (unsigned long)grid[y][x]);
    return h;
}

/* a do-while nest whose inner loop runs a different number of times on each pass and
 * leaves a pointer it walked for the outer loop to use */
__attribute__((noinline)) static unsigned long walk(int passes) {
    int len = 50000;
    int *a = calloc(len, sizeof *a);
    unsigned long h = 3;
    int p = 0;
    do {
        int *q = a + (p % 7);
        int steps = len / 2 + p * 5;
        do {
            *q += p + steps;
            q += 1 + (steps & 1);
        } while (--steps > 0 && q < a + len);
        h = mix(h, (unsigned long)(q - a));
        h = mix(h, (unsigned long)a[p * 13 % len]);
    } while (++p < passes);
    free(a);
    return h;
}

int main(void) {
    printf("three_deep: %lu\n", three_deep(5));
    printf("three_deep again: %lu\n", three_deep(3));
    printf("four_deep: %lu\n", four_deep(2));
    printf("walk: %lu\n", walk(12));
    return 0;
}
