/* Checks singly and doubly linked lists: push, reverse, merge sort, removal, and cleanup. */
#include <stdio.h>
#include <stdlib.h>
typedef struct N { int v; struct N *next; } N;
static N *push(N *h, int v) { N *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static N *reverse(N *h) { N *p = NULL; while (h) { N *n = h->next; h->next = p; p = h; h = n; } return p; }
static N *merge(N *a, N *b) { N d, *t = &d; while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; } t->next = a ? a : b; return d.next; }
static N *msort(N *h) { if (!h || !h->next) return h; N *slow = h, *fast = h->next; while (fast && fast->next) { slow = slow->next; fast = fast->next->next; } N *b = slow->next; slow->next = NULL; return merge(msort(h), msort(b)); }
static void print(const char *t, N *h) { printf("%s:", t); for (; h; h = h->next) printf(" %d", h->v); printf("\n"); }
static N *remove_if(N *h, int (*pred)(int)) { N **pp = &h; while (*pp) { if (pred((*pp)->v)) { N *d = *pp; *pp = d->next; free(d); } else pp = &(*pp)->next; } return h; }
static int is_mult3(int v) { return v % 3 == 0; }
typedef struct D { int v; struct D *prev, *next; } D;
int main(void) {
    N *h = NULL; for (int i = 0; i < 20; i++) h = push(h, (i * 13) % 23);
    print("orig", h); h = reverse(h); print("rev", h); h = msort(h); print("sorted", h);
    h = remove_if(h, is_mult3); print("no3", h);
    int len = 0; for (N *p = h; p; p = p->next) len++; printf("len=%d\n", len);
    while (h) { N *n = h->next; free(h); h = n; }
    D head = {0, &head, &head};
    for (int i = 1; i <= 8; i++) { D *d = malloc(sizeof *d); d->v = i * i; d->next = &head; d->prev = head.prev; head.prev->next = d; head.prev = d; }
    printf("fwd:"); for (D *d = head.next; d != &head; d = d->next) printf(" %d", d->v); printf("\n");
    printf("bwd:"); for (D *d = head.prev; d != &head; d = d->prev) printf(" %d", d->v); printf("\n");
    for (D *d = head.next; d != &head;) { D *n = d->next; if (d->v % 2 == 0) { d->prev->next = d->next; d->next->prev = d->prev; free(d); } d = n; }
    printf("odd:"); for (D *d = head.next; d != &head; d = d->next) printf(" %d", d->v); printf("\n");
    for (D *d = head.next; d != &head;) { D *n = d->next; free(d); d = n; }
    return 0;
}
