/* Loads and stores through one pointer at constant distances (a struct's fields, an unrolled
 * loop's a[i] and a[i + 1]) may bounds-check the range they cover together once. That range
 * need not be inside the object when only some of them run: here records are allocated short
 * (only the fields a path uses), and hot code reads a short record's first field, the same
 * code that reads all fields of full records. Every value must come out as natively. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { long kind; long a; long b; long c; };

/* kind 0: only `kind` is allocated; kind 1: kind and a; kind 2: the whole record */
static struct rec *make(long kind, long v) {
    size_t size = kind == 0 ? sizeof(long) : kind == 1 ? 2 * sizeof(long) : sizeof(struct rec);
    struct rec *r = malloc(size);
    r->kind = kind;
    if (kind >= 1) r->a = v;
    if (kind == 2) { r->b = v * 3; r->c = v - 7; }
    return r;
}

__attribute__((noinline)) static long weigh(struct rec *r) {
    if (r->kind == 0) return 1;
    if (r->kind == 1) return r->a;
    return r->a + r->b * 2 + r->c;
}

/* the same for a record at the very end of a larger block */
__attribute__((noinline)) static long tail_sum(long *p, int n) {
    long s = 0;
    for (int i = 0; i + 1 < n; i += 2) s += p[i] * 3 + p[i + 1];
    if (n & 1) s += p[n - 1];
    return s;
}

int main(void) {
    enum { N = 3000 };
    static struct rec *recs[N];
    long total = 0;
    for (int round = 0; round < 40; round++) {
        for (int i = 0; i < N; i++) recs[i] = make((i + round) % 3, i + round);
        for (int i = 0; i < N; i++) total += weigh(recs[i]);
        for (int i = 0; i < N; i++) free(recs[i]);
    }
    printf("records: %ld\n", total);

    long sums = 0;
    for (int round = 0; round < 2000; round++) {
        int n = 1 + round % 9;
        long *p = malloc(n * sizeof(long));
        for (int i = 0; i < n; i++) p[i] = i * 5 + round;
        sums += tail_sum(p, n);
        free(p);
    }
    printf("tails: %ld\n", sums);

    /* an unrolled byte copy that ends at the last byte of its source */
    char *src = malloc(4001), *dst = malloc(4001);
    for (int i = 0; i < 4001; i++) src[i] = (char) (i * 7);
    long check = 0;
    for (int round = 0; round < 300; round++) {
        for (int i = 0; i < 4000; i += 2) { dst[i] = src[i]; dst[i + 1] = src[i + 1]; }
        dst[4000] = src[4000];
        check += dst[(round * 13) % 4001];
    }
    printf("copy: %ld %d\n", check, memcmp(src, dst, 4001));
    free(src);
    free(dst);
    return 0;
}
