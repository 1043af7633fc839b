/* Checks an open-addressing (linear probing) integer hash map with tombstones, resize, and deterministic iteration. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
typedef struct { uint64_t *keys; long *vals; unsigned char *state; size_t cap, size; } HM; /* state 0 empty 1 full 2 deleted */
static size_t hsh(uint64_t k, size_t cap) { k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; return (size_t)(k & (cap - 1)); }
static void hm_init(HM *h, size_t cap) { h->cap = cap; h->size = 0; h->keys = calloc(cap, sizeof *h->keys); h->vals = calloc(cap, sizeof *h->vals); h->state = calloc(cap, 1); }
static void hm_put(HM *h, uint64_t k, long v);
static void grow(HM *h) { HM n; hm_init(&n, h->cap * 2); for (size_t i = 0; i < h->cap; i++) if (h->state[i] == 1) hm_put(&n, h->keys[i], h->vals[i]); free(h->keys); free(h->vals); free(h->state); *h = n; }
static void hm_put(HM *h, uint64_t k, long v) { if ((h->size + 1) * 4 > h->cap * 3) grow(h); size_t i = hsh(k, h->cap), tomb = (size_t)-1;
    while (h->state[i]) { if (h->state[i] == 1 && h->keys[i] == k) { h->vals[i] = v; return; } if (h->state[i] == 2 && tomb == (size_t)-1) tomb = i; i = (i + 1) & (h->cap - 1); }
    if (tomb != (size_t)-1) i = tomb; h->state[i] = 1; h->keys[i] = k; h->vals[i] = v; h->size++; }
static long *hm_get(HM *h, uint64_t k) { size_t i = hsh(k, h->cap); while (h->state[i]) { if (h->state[i] == 1 && h->keys[i] == k) return &h->vals[i]; i = (i + 1) & (h->cap - 1); } return NULL; }
static int hm_del(HM *h, uint64_t k) { size_t i = hsh(k, h->cap); while (h->state[i]) { if (h->state[i] == 1 && h->keys[i] == k) { h->state[i] = 2; h->size--; return 1; } i = (i + 1) & (h->cap - 1); } return 0; }
int main(void) {
    HM h; hm_init(&h, 8);
    for (uint64_t i = 0; i < 5000; i++) { uint64_t k = i * 2654435761u % 10007; long *p = hm_get(&h, k); if (p) (*p)++; else hm_put(&h, k, 1); }
    printf("size=%zu cap=%zu\n", h.size, h.cap);
    int del = 0; for (uint64_t k = 0; k < 10007; k += 2) del += hm_del(&h, k); printf("deleted=%d size=%zu\n", del, h.size);
    long sum = 0, cnt = 0; for (size_t i = 0; i < h.cap; i++) if (h.state[i] == 1) { sum += h.vals[i] * (long)(h.keys[i] % 100); cnt++; } printf("iter cnt=%ld weighted=%ld\n", cnt, sum);
    for (uint64_t k = 1; k < 30; k += 4) { long *p = hm_get(&h, k); printf("%llu:%ld ", (unsigned long long)k, p ? *p : -1L); } printf("\n");
    for (uint64_t k = 0; k < 100; k++) hm_put(&h, k * 1000003, (long)k); long *p = hm_get(&h, 99 * 1000003ull); printf("after reinsert size=%zu v=%ld\n", h.size, p ? *p : -1L);
    free(h.keys); free(h.vals); free(h.state);
    return 0;
}
