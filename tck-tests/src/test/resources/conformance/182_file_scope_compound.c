/* Checks file-scope compound literals, pointers to them in global initialisers, const lookup tables and address constants. */
#include <stdio.h>
static int *gp = (int[]){10, 20, 30, 40};
static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
struct Pt { int x, y; };
static struct Pt *origin = &(struct Pt){0, 0};
static struct Pt path[] = {{1, 2}, {3, 4}, {5, 6}};
static struct Pt *path_end = path + sizeof path / sizeof path[0];
static const unsigned char sq_table[16] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};
static const int *tbl_mid = (const int[]){-1, -2, -3} + 1;
static const struct { const char *k; const int *v; } kv[] = {{"a", (const int[]){1}}, {"b", (const int[]){2, 3}}};
static char greeting[] = "hello";
static char *gptr = greeting + 1;
int main(void) {
    printf("%d %d\n", gp[0], gp[3]); gp[1] = 99; printf("%d\n", gp[1]);
    for (int i = 0; i < 7; i++) printf("%s ", weekdays[i]); printf("\n");
    origin->x = 5; printf("origin %d %d\n", origin->x, origin->y);
    int s = 0; for (struct Pt *p = path; p != path_end; p++) s += p->x * p->y; printf("path dot=%d\n", s);
    unsigned t = 0; for (int i = 0; i < 16; i++) t += sq_table[i]; printf("sq sum=%u\n", t);
    printf("mid %d %d %d\n", tbl_mid[-1], tbl_mid[0], tbl_mid[1]);
    printf("kv %s=%d %s=%d,%d\n", kv[0].k, kv[0].v[0], kv[1].k, kv[1].v[0], kv[1].v[1]);
    *gptr = 'E'; printf("%s %s\n", greeting, gptr);
    return 0;
}
