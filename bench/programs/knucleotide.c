/* k-nucleotide: count k-mers (k = 1..6, 12, 18) of a generated DNA string in an open-addressing
 * hash table; the input comes from a linear congruential generator inside the program. */
#define BENCH_NAME "knucleotide"
#include "bench.h"
#include <string.h>

struct entry { uint64_t key; int count; int used; };
struct table { struct entry *e; size_t cap, size; };

static uint64_t hash64(uint64_t k) { k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; return k; }

static void grow(struct table *t);
static void add(struct table *t, uint64_t key) {
    if (t->size * 2 >= t->cap) grow(t);
    size_t i = hash64(key) & (t->cap - 1);
    while (t->e[i].used && t->e[i].key != key) i = (i + 1) & (t->cap - 1);
    if (!t->e[i].used) { t->e[i].used = 1; t->e[i].key = key; t->e[i].count = 0; t->size++; }
    t->e[i].count++;
}
static void grow(struct table *t) {
    struct entry *old = t->e; size_t oldcap = t->cap;
    t->cap = oldcap ? oldcap * 2 : 64;
    t->e = calloc(t->cap, sizeof(struct entry));
    t->size = 0;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].used) {
            size_t j = hash64(old[i].key) & (t->cap - 1);
            while (t->e[j].used) j = (j + 1) & (t->cap - 1);
            t->e[j] = old[i]; t->size++;
        }
    free(old);
}

static double bench_work(int n) {
    char *dna = malloc(n);
    uint32_t seed = 42;
    for (int i = 0; i < n; i++) {
        seed = (seed * 3877u + 29573u) % 139968u;
        double r = seed / 139968.0;
        dna[i] = r < 0.3 ? 'a' : r < 0.5 ? 'c' : r < 0.7 ? 'g' : 't';
    }
    static const int ks[] = {1, 2, 3, 4, 6, 12, 18};
    double result = 0;
    for (size_t q = 0; q < sizeof ks / sizeof ks[0]; q++) {
        int k = ks[q];
        struct table t = {0};
        for (int i = 0; i + k <= n; i++) {
            uint64_t key = 0;
            for (int j = 0; j < k; j++) key = key * 4 + (dna[i + j] == 'a' ? 0 : dna[i + j] == 'c' ? 1 : dna[i + j] == 'g' ? 2 : 3);
            add(&t, key);
        }
        int best = 0;
        for (size_t i = 0; i < t.cap; i++) if (t.e[i].used && t.e[i].count > best) best = t.e[i].count;
        result = result * 7 + (double)t.size + (double)best / 1000.0;
        result = result - 1e9 * (double)(long)(result / 1e9);
        free(t.e);
    }
    free(dna);
    return result;
}
