/* Checks struct declaration, initialisation, member access, nested structs, arrays in structs, assignment. */
#include <stdio.h>
#include <string.h>
struct Point { int x, y; };
struct Rect { struct Point tl, br; char name[16]; };
struct Poly { int n; struct Point pts[8]; };
static int area(const struct Rect *r) { return (r->br.x - r->tl.x) * (r->br.y - r->tl.y); }
int main(void) {
    struct Rect r = {{1, 2}, {11, 22}, "first"};
    printf("%s %d %d %d %d area=%d\n", r.name, r.tl.x, r.tl.y, r.br.x, r.br.y, area(&r));
    struct Rect r2 = r; r2.tl.x = 5; strcpy(r2.name, "copy");
    printf("%s %d | %s %d area=%d\n", r.name, r.tl.x, r2.name, r2.tl.x, area(&r2));
    struct Poly poly = {.n = 4, .pts = {{0, 0}, {4, 0}, {4, 3}, {0, 3}}};
    int a2 = 0; for (int i = 0; i < poly.n; i++) { struct Point p = poly.pts[i], q = poly.pts[(i + 1) % poly.n]; a2 += p.x * q.y - q.x * p.y; }
    printf("shoelace2=%d\n", a2);
    struct Poly copy = poly; copy.pts[0].x = 99; printf("%d %d\n", poly.pts[0].x, copy.pts[0].x);
    struct Point arr[5]; for (int i = 0; i < 5; i++) arr[i] = (struct Point){i, i * i};
    for (int i = 0; i < 5; i++) printf("(%d,%d)", arr[i].x, arr[i].y); printf("\n");
    struct { int a; char b; } anon = {7, 'q'}; printf("%d %c\n", anon.a, anon.b);
    struct Rect *rp = &r; rp->br.y += 10; printf("%d\n", r.br.y);
    printf("sizes %zu %zu %zu\n", sizeof(struct Point), sizeof(struct Rect), sizeof(struct Poly));
    struct Point zero = {0}; printf("%d %d\n", zero.x, zero.y);
    return 0;
}
