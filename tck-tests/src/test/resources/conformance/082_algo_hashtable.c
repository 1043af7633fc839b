/* Checks a string-keyed hash table with separate chaining: insert, update, lookup, delete, iteration in bucket order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct Entry { char *key; int val; struct Entry *next; } Entry;
typedef struct { Entry **b; size_t nb, count; } Map;
static unsigned long djb2(const char *s) { unsigned long h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
static void put(Map *m, const char *k, int v) { size_t i = djb2(k) % m->nb; for (Entry *e = m->b[i]; e; e = e->next) if (!strcmp(e->key, k)) { e->val = v; return; }
    Entry *e = malloc(sizeof *e); e->key = malloc(strlen(k) + 1); strcpy(e->key, k); e->val = v; e->next = m->b[i]; m->b[i] = e; m->count++; }
static int *get(Map *m, const char *k) { for (Entry *e = m->b[djb2(k) % m->nb]; e; e = e->next) if (!strcmp(e->key, k)) return &e->val; return NULL; }
static int del(Map *m, const char *k) { Entry **pp = &m->b[djb2(k) % m->nb]; while (*pp) { if (!strcmp((*pp)->key, k)) { Entry *e = *pp; *pp = e->next; free(e->key); free(e); m->count--; return 1; } pp = &(*pp)->next; } return 0; }
int main(void) {
    Map m = {calloc(31, sizeof(Entry *)), 31, 0};
    char key[16];
    for (int i = 0; i < 200; i++) { snprintf(key, sizeof key, "k%d", i * 7 % 150); int *p = get(&m, key); put(&m, key, p ? *p + 1 : 1); }
    printf("count=%zu\n", m.count);
    for (int i = 0; i < 150; i += 10) { snprintf(key, sizeof key, "k%d", i); int *p = get(&m, key); printf("%s=%d ", key, p ? *p : -1); } printf("\n");
    int deleted = 0; for (int i = 0; i < 150; i += 3) { snprintf(key, sizeof key, "k%d", i); deleted += del(&m, key); }
    printf("deleted=%d count=%zu missing=%d\n", deleted, m.count, get(&m, "k3") == NULL);
    size_t maxchain = 0, used = 0; long total = 0;
    for (size_t i = 0; i < m.nb; i++) { size_t len = 0; for (Entry *e = m.b[i]; e; e = e->next) { len++; total += e->val; } if (len) used++; if (len > maxchain) maxchain = len; }
    printf("used=%zu maxchain=%zu total=%ld\n", used, maxchain, total);
    printf("bucket0:"); for (Entry *e = m.b[0]; e; e = e->next) printf(" %s", e->key); printf("\n");
    for (size_t i = 0; i < m.nb; i++) { Entry *e = m.b[i]; while (e) { Entry *n = e->next; free(e->key); free(e); e = n; } }
    free(m.b); return 0;
}
