/* Checks OO-style C: structs with vtables of function pointers, "inheritance" by embedding, polymorphic dispatch. */
#include <stdio.h>
#include <math.h>
struct Shape;
typedef struct { const char *name; double (*area)(const struct Shape *); double (*perim)(const struct Shape *); void (*scale)(struct Shape *, double); } VT;
typedef struct Shape { const VT *vt; int id; } Shape;
typedef struct { Shape base; double r; } Circle;
typedef struct { Shape base; double w, h; } Rect;
typedef struct { Shape base; double a, b, c; } Tri;
static double c_area(const Shape *s) { const Circle *c = (const Circle *)s; return 3.141592653589793 * c->r * c->r; }
static double c_per(const Shape *s) { return 2 * 3.141592653589793 * ((const Circle *)s)->r; }
static void c_scale(Shape *s, double k) { ((Circle *)s)->r *= k; }
static double r_area(const Shape *s) { const Rect *r = (const Rect *)s; return r->w * r->h; }
static double r_per(const Shape *s) { const Rect *r = (const Rect *)s; return 2 * (r->w + r->h); }
static void r_scale(Shape *s, double k) { Rect *r = (Rect *)s; r->w *= k; r->h *= k; }
static double t_per(const Shape *s) { const Tri *t = (const Tri *)s; return t->a + t->b + t->c; }
static double t_area(const Shape *s) { const Tri *t = (const Tri *)s; double p = t_per(s) / 2; return sqrt(p * (p - t->a) * (p - t->b) * (p - t->c)); }
static void t_scale(Shape *s, double k) { Tri *t = (Tri *)s; t->a *= k; t->b *= k; t->c *= k; }
static const VT CVT = {"circle", c_area, c_per, c_scale}, RVT = {"rect", r_area, r_per, r_scale}, TVT = {"tri", t_area, t_per, t_scale};
int main(void) {
    Circle c = {{&CVT, 1}, 2.0}; Rect r = {{&RVT, 2}, 3.0, 4.5}; Tri t = {{&TVT, 3}, 3, 4, 5}; Circle c2 = {{&CVT, 4}, 0.5};
    Shape *shapes[] = {&c.base, &r.base, &t.base, &c2.base};
    for (int round = 0; round < 2; round++) {
        double total = 0;
        for (int i = 0; i < 4; i++) { Shape *s = shapes[i]; double a = s->vt->area(s); total += a; printf("#%d %-6s area=%.6f perim=%.6f\n", s->id, s->vt->name, a, s->vt->perim(s)); }
        printf("total=%.6f\n", total);
        for (int i = 0; i < 4; i++) shapes[i]->vt->scale(shapes[i], 1.5);
    }
    return 0;
}
