/* Checks a binary search tree: insert, search, in/pre/post-order traversal, height, delete, and an AVL-free balance check. */
#include <stdio.h>
#include <stdlib.h>
typedef struct T { int k; struct T *l, *r; } T;
static T *ins(T *t, int k) { if (!t) { t = calloc(1, sizeof *t); t->k = k; return t; } if (k < t->k) t->l = ins(t->l, k); else if (k > t->k) t->r = ins(t->r, k); return t; }
static int has(T *t, int k) { while (t) { if (k == t->k) return 1; t = k < t->k ? t->l : t->r; } return 0; }
static void inorder(T *t) { if (!t) return; inorder(t->l); printf(" %d", t->k); inorder(t->r); }
static void preorder(T *t) { if (!t) return; printf(" %d", t->k); preorder(t->l); preorder(t->r); }
static void postorder(T *t) { if (!t) return; postorder(t->l); postorder(t->r); printf(" %d", t->k); }
static int height(T *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static int count(T *t) { return t ? 1 + count(t->l) + count(t->r) : 0; }
static T *del(T *t, int k) { if (!t) return NULL; if (k < t->k) t->l = del(t->l, k); else if (k > t->k) t->r = del(t->r, k);
    else { if (!t->l) { T *r = t->r; free(t); return r; } if (!t->r) { T *l = t->l; free(t); return l; } T *m = t->r; while (m->l) m = m->l; t->k = m->k; t->r = del(t->r, m->k); } return t; }
static void freet(T *t) { if (!t) return; freet(t->l); freet(t->r); free(t); }
static T *build(int *a, int lo, int hi) { if (lo > hi) return NULL; int m = (lo + hi) / 2; T *t = calloc(1, sizeof *t); t->k = a[m]; t->l = build(a, lo, m - 1); t->r = build(a, m + 1, hi); return t; }
int main(void) {
    T *t = NULL; int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 85, 10, 5, 1};
    for (int i = 0; i < 15; i++) t = ins(t, keys[i]);
    printf("in:"); inorder(t); printf("\npre:"); preorder(t); printf("\npost:"); postorder(t); printf("\n");
    printf("height=%d count=%d has45=%d has46=%d\n", height(t), count(t), has(t, 45), has(t, 46));
    t = del(t, 30); t = del(t, 50); t = del(t, 1); t = del(t, 999);
    printf("after del:"); inorder(t); printf(" root=%d height=%d\n", t->k, height(t));
    freet(t);
    T *deg = NULL; for (int i = 0; i < 2000; i++) deg = ins(deg, i); printf("degenerate height=%d\n", height(deg)); freet(deg);
    int sorted[127]; for (int i = 0; i < 127; i++) sorted[i] = i * 2; T *bal = build(sorted, 0, 126); printf("balanced height=%d count=%d has100=%d\n", height(bal), count(bal), has(bal, 100)); freet(bal);
    return 0;
}
