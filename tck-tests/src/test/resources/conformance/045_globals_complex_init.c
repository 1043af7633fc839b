/* Checks globals with complex initialisers: pointers into other globals, arrays of structs, function pointer tables. */
#include <stdio.h>
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
int table[8] = {1, 1, 2, 3, 5, 8, 13, 21};
int *tp = &table[3];
int *tpe = table + 7;
int **tpp = &tp;
const char message[] = "global message";
const char *msgp = message + 7;
struct Op { const char *name; int (*fn)(int, int); char sym; } ops[] = {{"add", add, '+'}, {"sub", sub, '-'}, {"mul", mul, '*'}};
struct Op *default_op = &ops[2];
int (*fns[])(int, int) = {add, sub, mul, add};
struct Node { int v; struct Node *next; } n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
struct Node *head = &n1;
double dd[] = {1.5, 2.5}; double *dp = &dd[1];
long long big = 1LL << 40; unsigned long ul = sizeof(ops) / sizeof(ops[0]);
struct { int a; struct { char c[4]; int d; } in; } nested = {1, {"xyz", 4}};
char *strs[] = {"one", "two", "three", 0};
int matrix[2][3] = {{1, 2, 3}, {4, 5, 6}}; int *mrow = matrix[1];
int main(void) {
    printf("%d %d %d\n", *tp, *tpe, **tpp);
    printf("%s|%s\n", message, msgp);
    for (unsigned i = 0; i < ul; i++) printf("%s %c %d\n", ops[i].name, ops[i].sym, ops[i].fn(7, 3));
    printf("default %s %d\n", default_op->name, default_op->fn(6, 7));
    int acc = 1; for (int i = 0; i < 4; i++) acc = fns[i](acc, i + 2); printf("acc=%d\n", acc);
    for (struct Node *n = head; n; n = n->next) printf("%d ", n->v); printf("\n");
    printf("%g %lld %lu\n", *dp, big, ul);
    printf("%d %s %d\n", nested.a, nested.in.c, nested.in.d);
    for (char **s = strs; *s; s++) printf("%s ", *s); printf("\n");
    printf("%d %d\n", mrow[0], mrow[2]);
    tp++; printf("%d\n", *tp);
    return 0;
}
