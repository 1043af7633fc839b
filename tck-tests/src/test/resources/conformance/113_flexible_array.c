/* Checks structs with flexible array members allocated with malloc, sizeof and offsetof of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
struct Str { size_t len; char data[]; };
struct Vec { int n; double items[]; };
static struct Str *mkstr(const char *s) { size_t n = strlen(s); struct Str *r = malloc(sizeof *r + n + 1); r->len = n; memcpy(r->data, s, n + 1); return r; }
static struct Str *concat(const struct Str *a, const struct Str *b) { struct Str *r = malloc(sizeof *r + a->len + b->len + 1); r->len = a->len + b->len; memcpy(r->data, a->data, a->len); memcpy(r->data + a->len, b->data, b->len + 1); return r; }
int main(void) {
    printf("sizeof Str=%zu offset data=%zu sizeof Vec=%zu offset items=%zu\n", sizeof(struct Str), offsetof(struct Str, data), sizeof(struct Vec), offsetof(struct Vec, items));
    struct Str *a = mkstr("hello, "), *b = mkstr("flexible world"), *c = concat(a, b);
    printf("%zu [%s]\n", c->len, c->data);
    struct Vec *v = malloc(sizeof *v + 10 * sizeof(double)); v->n = 10; for (int i = 0; i < v->n; i++) v->items[i] = i * 1.5;
    double s = 0; for (int i = 0; i < v->n; i++) s += v->items[i]; printf("sum=%g\n", s);
    v = realloc(v, sizeof *v + 20 * sizeof(double)); for (int i = 10; i < 20; i++) v->items[i] = -i; v->n = 20;
    s = 0; for (int i = 0; i < v->n; i++) s += v->items[i]; printf("sum2=%g\n", s);
    free(a); free(b); free(c); free(v);
    return 0;
}
