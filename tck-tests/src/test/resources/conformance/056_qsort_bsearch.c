/* Checks qsort and bsearch with int, double, string and struct comparators (total orders only). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
struct Rec { char name[12]; int age; };
static int cmp_rec(const void *a, const void *b) { const struct Rec *x = a, *y = b; if (x->age != y->age) return x->age - y->age; return strcmp(x->name, y->name); }
int main(void) {
    int a[50]; for (int i = 0; i < 50; i++) a[i] = (i * 37 + 11) % 101 - 50;
    qsort(a, 50, sizeof a[0], cmp_int); for (int i = 0; i < 50; i++) printf("%d ", a[i]); printf("\n");
    for (int k = -50; k <= 50; k += 9) { int *f = bsearch(&k, a, 50, sizeof a[0], cmp_int); printf("%d:%s ", k, f ? "y" : "n"); } printf("\n");
    qsort(a, 50, sizeof a[0], cmp_int_desc); printf("%d %d\n", a[0], a[49]);
    double d[] = {3.5, -1.0, 2.25, 1e10, -1e-3, 0.0, 7.0}; qsort(d, 7, sizeof d[0], cmp_dbl);
    for (int i = 0; i < 7; i++) printf("%g ", d[i]); printf("\n");
    const char *w[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apricot", "kiwi"};
    qsort(w, 8, sizeof w[0], cmp_str); for (int i = 0; i < 8; i++) printf("%s ", w[i]); printf("\n");
    const char *key = "date"; const char **hit = bsearch(&key, w, 8, sizeof w[0], cmp_str); printf("found %s at %td\n", *hit, hit - w);
    struct Rec r[] = {{"zoe", 30}, {"adam", 25}, {"bob", 30}, {"carl", 20}, {"ann", 25}};
    qsort(r, 5, sizeof r[0], cmp_rec); for (int i = 0; i < 5; i++) printf("%s/%d ", r[i].name, r[i].age); printf("\n");
    qsort(a, 0, sizeof a[0], cmp_int); qsort(a, 1, sizeof a[0], cmp_int);
    int big[2000]; for (int i = 0; i < 2000; i++) big[i] = (i * 7919) % 2003;
    qsort(big, 2000, sizeof big[0], cmp_int); int ok = 1; for (int i = 1; i < 2000; i++) if (big[i - 1] > big[i]) ok = 0;
    printf("sorted=%d first=%d last=%d\n", ok, big[0], big[1999]);
    return 0;
}
