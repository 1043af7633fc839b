/* Checks a simple bump/free-list memory pool over one malloc'd arena with block reuse and integrity checks. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <stdalign.h>
#include <stddef.h>
#define BLK 48
#define NBLK 64
static unsigned char *pool; /* allocated storage: no declared type, so it may hold any object type */
typedef union Free { union Free *next; unsigned char pad[BLK]; } Free;
static Free *freelist; static size_t bump; static int live;
static void *palloc(void) { live++; if (freelist) { Free *f = freelist; freelist = f->next; return f; } if (bump + BLK > (size_t)BLK * NBLK) { live--; return NULL; } void *p = pool + bump; bump += BLK; return p; }
static void pfree(void *p) { Free *f = p; f->next = freelist; freelist = f; live--; }
static int idx(void *p) { return (int)(((unsigned char *)p - pool) / BLK); }
int main(void) {
    pool = malloc((size_t)BLK * NBLK);
    void *ptrs[NBLK + 5]; int got = 0;
    for (int i = 0; i < NBLK + 5; i++) { ptrs[i] = palloc(); if (ptrs[i]) { got++; memset(ptrs[i], i, BLK); } }
    printf("got=%d live=%d bump=%zu\n", got, live, bump);
    for (int i = 0; i < NBLK; i += 3) pfree(ptrs[i]);
    printf("live after free=%d\n", live);
    printf("reuse order:"); for (int i = 0; i < 5; i++) { void *p = palloc(); printf(" %d", idx(p)); memset(p, 0xEE, BLK); } printf("\n");
    int bad = 0; for (int i = 1; i < NBLK; i++) if (i % 3) { unsigned char *b = ptrs[i]; for (int k = 0; k < BLK; k++) if (b[k] != (unsigned char)i) bad++; } printf("corrupt=%d\n", bad);
    int cnt = 0; for (Free *f = freelist; f; f = f->next) cnt++; printf("freelist=%d live=%d\n", cnt, live);
    struct Obj { int id; double v; char name[20]; } *o = palloc(); o->id = 7; o->v = 2.5; strcpy(o->name, "pooled"); printf("%d %g %s idx=%d\n", o->id, o->v, o->name, idx(o));
    free(pool);
    return 0;
}
