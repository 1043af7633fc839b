/* Checks function pointers: arrays of them, callbacks, returning function pointers, comparisons. */
#include <stdio.h>
typedef int (*unop)(int);
static int dbl(int x) { return x * 2; }
static int inc(int x) { return x + 1; }
static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }
static void map(int *a, int n, unop f) { for (int i = 0; i < n; i++) a[i] = f(a[i]); }
static int fold(const int *a, int n, int init, int (*f)(int, int)) { for (int i = 0; i < n; i++) init = f(init, a[i]); return init; }
static int add2(int a, int b) { return a + b; }
static int max2(int a, int b) { return a > b ? a : b; }
static unop pick(char c) { switch (c) { case 'd': return dbl; case 'i': return inc; case 's': return sq; default: return neg; } }
static int compose_apply(unop *fs, int n, int x) { for (int i = 0; i < n; i++) x = fs[i](x); return x; }
struct Handler { const char *name; void (*fn)(const char *); };
static void h_upper(const char *s) { for (; *s; s++) putchar(*s >= 'a' && *s <= 'z' ? *s - 32 : *s); putchar('\n'); }
static void h_rev(const char *s) { const char *e = s; while (*e) e++; while (e > s) putchar(*--e); putchar('\n'); }
int main(void) {
    int a[6] = {1, 2, 3, 4, 5, 6};
    map(a, 6, sq); map(a, 6, inc); for (int i = 0; i < 6; i++) printf("%d ", a[i]); printf("\n");
    printf("sum=%d max=%d\n", fold(a, 6, 0, add2), fold(a, 6, -1000, max2));
    const char *prog = "disdn"; int x = 3; for (const char *p = prog; *p; p++) { x = pick(*p)(x); printf("%c->%d ", *p, x); } printf("\n");
    unop chain[] = {inc, dbl, sq, neg, (unop)inc}; printf("%d\n", compose_apply(chain, 5, 4));
    printf("%d %d %d\n", pick('d') == dbl, pick('x') == neg, pick('i') != pick('s'));
    struct Handler hs[] = {{"upper", h_upper}, {"rev", h_rev}};
    for (int i = 0; i < 2; i++) { printf("%s: ", hs[i].name); hs[i].fn("Hello World"); }
    int (*(*getter)(char))(int) = pick; printf("%d\n", getter('s')(12));
    void (*fp)(const char *) = &h_rev; (*fp)("abc");
    return 0;
}
