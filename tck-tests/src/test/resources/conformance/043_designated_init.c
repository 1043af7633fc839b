/* Checks designated initialisers for arrays and structs, nested, out of order, ranges and zero fill. */
#include <stdio.h>
struct Cfg { int id; const char *name; double w; int flags[4]; struct { int a, b; } sub; };
int main(void) {
    int a[10] = {[9] = 9, [2] = 2, 3, 4, [0] = 100};
    for (int i = 0; i < 10; i++) printf("%d ", a[i]); printf("\n");
    int r[12] = {[2 ... 5] = 7, [8 ... 10] = -1};
    for (int i = 0; i < 12; i++) printf("%d ", r[i]); printf("\n");
    struct Cfg c = {.name = "cfg", .sub.b = 5, .flags = {[3] = 1, [1] = 2}, .id = 3};
    printf("%d %s %g %d %d %d %d %d %d\n", c.id, c.name, c.w, c.flags[0], c.flags[1], c.flags[2], c.flags[3], c.sub.a, c.sub.b);
    struct Cfg list[] = {[1] = {.id = 1, .w = 1.5}, [3] = {.id = 3, .name = "three"}};
    printf("n=%zu\n", sizeof list / sizeof list[0]);
    for (int i = 0; i < 4; i++) printf("%d %s %g\n", list[i].id, list[i].name ? list[i].name : "(null)", list[i].w);
    const char *tbl[256] = {['a'] = "alpha", ['z'] = "zulu", ['0'] = "zero"};
    int cnt = 0; for (int i = 0; i < 256; i++) if (tbl[i]) { cnt++; printf("%c=%s ", i, tbl[i]); } printf("cnt=%d\n", cnt);
    int m[3][3] = {[1] = {[1] = 5}, [2][0] = 8}; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) printf("%d", m[i][j]); printf("\n");
    union U { int i; float f; } u = {.f = 2.0f}; printf("%g\n", u.f);
    return 0;
}
