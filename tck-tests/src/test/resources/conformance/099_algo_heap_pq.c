/* Checks a binary-heap priority queue: push/pop ordering, decrease-key style updates, heap sort of records. */
#include <stdio.h>
typedef struct { int pri; int id; } Item;
typedef struct { Item a[512]; int n; } PQ;
static int lt(Item x, Item y) { return x.pri < y.pri || (x.pri == y.pri && x.id < y.id); }
static void push(PQ *q, Item it) { int i = q->n++; q->a[i] = it; while (i && lt(q->a[i], q->a[(i - 1) / 2])) { Item t = q->a[i]; q->a[i] = q->a[(i - 1) / 2]; q->a[(i - 1) / 2] = t; i = (i - 1) / 2; } }
static Item pop(PQ *q) { Item top = q->a[0]; q->a[0] = q->a[--q->n]; int i = 0;
    for (;;) { int l = 2 * i + 1, r = l + 1, m = i; if (l < q->n && lt(q->a[l], q->a[m])) m = l; if (r < q->n && lt(q->a[r], q->a[m])) m = r; if (m == i) break; Item t = q->a[i]; q->a[i] = q->a[m]; q->a[m] = t; i = m; }
    return top; }
int main(void) {
    PQ q = {.n = 0};
    for (int i = 0; i < 40; i++) push(&q, (Item){(i * 29) % 17, i});
    printf("popped:"); for (int i = 0; i < 15; i++) { Item it = pop(&q); printf(" %d/%d", it.pri, it.id); } printf("\n");
    for (int i = 40; i < 60; i++) push(&q, (Item){i % 5, i});
    int prev = -1, okk = 1, cnt = 0; long sig = 0;
    while (q.n) { Item it = pop(&q); if (it.pri < prev) okk = 0; prev = it.pri; cnt++; sig = sig * 31 % 1000003 + it.id; }
    printf("remaining=%d ordered=%d sig=%ld\n", cnt, okk, sig);
    /* k smallest via max-heap emulation with negated priorities */
    PQ mx = {.n = 0}; int k = 5; for (int i = 0; i < 100; i++) { int v = (i * 7919) % 1009; push(&mx, (Item){-v, i}); if (mx.n > k) pop(&mx); }
    printf("5 smallest:"); while (mx.n) printf(" %d", -pop(&mx).pri); printf("\n");
    return 0;
}
