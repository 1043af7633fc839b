#include <string.h>
struct point { int x; int y; };
struct node { int value; struct node *next; };
union number { int i; float f; double d; };
struct flags { unsigned a : 3; unsigned b : 5; int c : 12; unsigned long long d : 40; };

struct point origin = {0, 0};
struct point corners[2] = {{1, 2}, {3, 4}};
int table[5] = {10, 20, 30, 40, 50};
int *table_ptr = &table[2];
struct point *corner_ptr = &corners[1];
const char *greeting = "hello, world";
char buffer[16] = "abc";
long long big = -1234567890123LL;
long address_as_int = (long)&table[3];
int is_set = (&table[1] != 0);
struct node n2 = {2, 0};
struct node n1 = {1, &n2};
static union number un = {.i = 42};
struct flags fl = {5, 17, -100, 123456789};

int sum_list(struct node *n) {
    int s = 0;
    for (; n; n = n->next) s += n->value;
    return s;
}

struct point add(struct point a, struct point b) {
    struct point r = {a.x + b.x, a.y + b.y};
    return r;
}

struct big { long a, b, c, d; };
struct big make_big(long v) { struct big b = {v, v + 1, v + 2, v + 3}; return b; }
long use_big(struct big b) { return b.a + b.d; }

int bitfields(struct flags *f) { f->b = 9; return f->a + f->b + f->c; }

float as_float(union number n) { return n.f; }

int main(void) {
    struct point p = add(origin, corners[1]);
    struct big b = make_big(3);
    char local[32];
    strcpy(local, greeting);
    return sum_list(&n1) + p.x + (int)use_big(b) + bitfields(&fl) + (int)as_float(un) + (int)strlen(local) + *table_ptr;
}
