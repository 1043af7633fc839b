/* binary-trees: allocate and walk many short-lived binary trees (malloc/free heavy). */
#define BENCH_NAME "binarytrees"
#include "bench.h"

struct node { struct node *left, *right; };

static struct node *make(int depth) {
    struct node *n = malloc(sizeof *n);
    if (depth > 0) { n->left = make(depth - 1); n->right = make(depth - 1); }
    else n->left = n->right = NULL;
    return n;
}
static long check(struct node *n) { return n->left ? 1 + check(n->left) + check(n->right) : 1; }
static void release(struct node *n) { if (n->left) { release(n->left); release(n->right); } free(n); }

static double bench_work(int n) {
    int min_depth = 4, max_depth = n < min_depth + 2 ? min_depth + 2 : n;
    long total = 0;
    struct node *stretch = make(max_depth + 1);
    total += check(stretch);
    release(stretch);
    struct node *longlived = make(max_depth);
    for (int d = min_depth; d <= max_depth; d += 2) {
        long iters = 1L << (max_depth - d + min_depth), c = 0;
        for (long i = 0; i < iters; i++) { struct node *t = make(d); c += check(t); release(t); }
        total += c;
    }
    total += check(longlived);
    release(longlived);
    return (double)total;
}
