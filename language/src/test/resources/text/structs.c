#include <stdio.h>
#include <string.h>

struct Point { int x; int y; };
struct Node { long key; double weight; struct Node *next; char tag[6]; };
union Value { int i; float f; unsigned char bytes[4]; };
struct Flags { unsigned ready : 1; unsigned mode : 3; int level : 4; unsigned wide : 20; };

int table[5] = {10, 20, 30, 40, 50};
int *middle = &table[2];
const char *greeting = "hi\tthere\n";
const char *names[] = {"alpha", "beta", "gamma"};
struct Point origin = {3, -4};
struct Node tail_node = {7, 0.5, 0, "tail"};
struct Node head_node = {1, 1.25, &tail_node, "head"};
long offset_of_y = (long)&((struct Point *)0)->y;
char *past_end = (char *)&table[5];

static int sum_points(struct Point *ps, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        s += ps[i].x * ps[i].y;
    }
    return s;
}

struct Point make_point(int x, int y) {
    struct Point p = {x, y};
    return p;
}

int flags_value(struct Flags f) {
    return f.ready + f.mode * 2 + f.level * 16 + (int)f.wide;
}

int main(void) {
    struct Point ps[3] = {{1, 2}, {3, 4}, {5, 6}};
    union Value v;
    struct Flags fl = {1, 5, -3, 12345};
    v.f = 1.5f;
    struct Point q = make_point(7, 8);
    int total = sum_points(ps, 3) + q.x;
    for (struct Node *n = &head_node; n; n = n->next) {
        total += (int)n->key + (int)strlen(n->tag);
    }
    printf("%d %u %s %s %d %ld %d\n", total, v.bytes[3], greeting, names[1], *middle, offset_of_y, flags_value(fl));
    return origin.x + (past_end - (char *)table) == 23 ? 0 : 1;
}
