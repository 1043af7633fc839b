/* Checks integer-cents money arithmetic: a ledger of transactions with interest in basis points, overdraft rules and a sorted statement. */
#include <stdio.h>
#include <stdlib.h>
typedef struct { int acct; long long cents; char kind; } Tx;
typedef struct { int id; long long bal; int rejected; } Acct;
static int cmpacct(const void *a, const void *b) { const Acct *x = a, *y = b; return x->bal != y->bal ? (x->bal < y->bal ? 1 : -1) : x->id - y->id; }
static void money(long long c) { printf("%s%lld.%02lld", c < 0 ? "-" : "", (c < 0 ? -c : c) / 100, (c < 0 ? -c : c) % 100); }
int main(void) {
    Acct a[4] = {{100, 50000, 0}, {101, 0, 0}, {102, 123456, 0}, {103, -2500, 0}};
    Tx txs[] = {{100, 2599, 'w'}, {101, 10000, 'd'}, {102, 999999, 'w'}, {103, 5000, 'd'}, {101, 10001, 'w'}, {100, 475, 'i'}, {102, 250, 'i'}, {103, 1000, 'w'}, {101, 9999, 'w'}, {100, 1, 'd'}};
    for (size_t i = 0; i < sizeof txs / sizeof txs[0]; i++) { Tx t = txs[i]; Acct *ac = NULL; for (int k = 0; k < 4; k++) if (a[k].id == t.acct) ac = &a[k];
        switch (t.kind) {
        case 'd': ac->bal += t.cents; break;
        case 'w': if (ac->bal - t.cents < -5000) { ac->rejected++; printf("tx %zu rejected\n", i); } else ac->bal -= t.cents; break;
        case 'i': { long long interest = ac->bal * t.cents / 10000; ac->bal += interest; printf("tx %zu interest ", i); money(interest); printf("\n"); break; }
        } }
    qsort(a, 4, sizeof a[0], cmpacct);
    long long total = 0; for (int k = 0; k < 4; k++) { printf("acct %d balance ", a[k].id); money(a[k].bal); printf(" rejected=%d\n", a[k].rejected); total += a[k].bal; }
    printf("total "); money(total); printf("\n");
    return 0;
}
