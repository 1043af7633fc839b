/* Checks an LRU cache built from a doubly linked list plus a direct-mapped index, with hit/miss accounting. */
#include <stdio.h>
#include <stdlib.h>
#define CAP 5
typedef struct Node { int key, val; struct Node *prev, *next; } Node;
static Node head = {0, 0, &head, &head}; static Node *index_[1000]; static int size, hits, misses, evictions;
static void unlink_(Node *n) { n->prev->next = n->next; n->next->prev = n->prev; }
static void push_front(Node *n) { n->next = head.next; n->prev = &head; head.next->prev = n; head.next = n; }
static int get(int k, int *v) { Node *n = index_[k]; if (!n) { misses++; return 0; } hits++; unlink_(n); push_front(n); *v = n->val; return 1; }
static void put(int k, int v) { Node *n = index_[k]; if (n) { n->val = v; unlink_(n); push_front(n); return; }
    if (size == CAP) { Node *old = head.prev; unlink_(old); index_[old->key] = NULL; free(old); size--; evictions++; }
    n = malloc(sizeof *n); n->key = k; n->val = v; push_front(n); index_[k] = n; size++; }
static void show(void) { printf("["); for (Node *n = head.next; n != &head; n = n->next) printf(" %d:%d", n->key, n->val); printf(" ]\n"); }
int main(void) {
    for (int i = 1; i <= 7; i++) { put(i, i * 10); } show();
    int v; for (int k = 1; k <= 7; k += 2) { if (get(k, &v)) printf("get %d -> %d\n", k, v); else printf("get %d -> miss\n", k); } show();
    put(4, 444); put(8, 80); show();
    unsigned s = 1; for (int i = 0; i < 2000; i++) { s = s * 1103515245u + 12345u; int k = (int)((s >> 16) % 12); if (!get(k, &v)) put(k, k * k); }
    show(); printf("hits=%d misses=%d evictions=%d size=%d\n", hits, misses, evictions, size);
    while (head.next != &head) { Node *n = head.next; unlink_(n); free(n); }
    return 0;
}
