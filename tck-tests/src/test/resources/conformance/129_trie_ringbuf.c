/* Checks a trie (insert, lookup, prefix counting, sorted enumeration) and a fixed-size ring buffer queue with wraparound. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct T { struct T *c[26]; int end, pass; } T;
static T *node(void) { return calloc(1, sizeof(T)); }
static void ins(T *t, const char *w) { for (; *w; w++) { int i = *w - 'a'; if (!t->c[i]) t->c[i] = node(); t = t->c[i]; t->pass++; } t->end++; }
static T *walk(T *t, const char *w) { for (; *w && t; w++) t = t->c[*w - 'a']; return t; }
static void dump(T *t, char *buf, int d) { if (t->end) { buf[d] = 0; printf(" %s(%d)", buf, t->end); } for (int i = 0; i < 26; i++) if (t->c[i]) { buf[d] = (char)('a' + i); dump(t->c[i], buf, d + 1); } }
static void freet(T *t) { for (int i = 0; i < 26; i++) if (t->c[i]) freet(t->c[i]); free(t); }
typedef struct { int buf[8]; int head, tail, count; } Ring;
static int rpush(Ring *r, int v) { if (r->count == 8) return 0; r->buf[r->tail] = v; r->tail = (r->tail + 1) % 8; r->count++; return 1; }
static int rpop(Ring *r, int *v) { if (!r->count) return 0; *v = r->buf[r->head]; r->head = (r->head + 1) % 8; r->count--; return 1; }
int main(void) {
    T *root = node(); const char *ws[] = {"car", "cart", "carbon", "care", "cat", "dog", "dot", "do", "car", "zebra", "a", "ab", "abc"};
    for (int i = 0; i < 13; i++) ins(root, ws[i]);
    const char *qs[] = {"car", "ca", "do", "dots", "z", "x", "a"};
    for (int i = 0; i < 7; i++) { T *t = walk(root, qs[i]); printf("%s: word=%d prefix=%d\n", qs[i], t ? t->end : 0, t ? t->pass : 0); }
    char buf[32]; printf("all:"); dump(root, buf, 0); printf("\n"); freet(root);
    Ring r = {.head = 0}; int v, pushed = 0, popped = 0; long sum = 0;
    for (int i = 0; i < 50; i++) { if (i % 3 != 2) pushed += rpush(&r, i); else { if (rpop(&r, &v)) { popped++; sum += v; } } }
    printf("pushed=%d popped=%d sum=%ld count=%d head=%d tail=%d\n", pushed, popped, sum, r.count, r.head, r.tail);
    printf("drain:"); while (rpop(&r, &v)) printf(" %d", v); printf("\n");
    return 0;
}
