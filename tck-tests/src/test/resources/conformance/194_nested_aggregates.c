/* Checks deeply nested aggregates (structs containing unions containing arrays of structs), initialisation, copying and field-wise comparison. */
#include <stdio.h>
#include <string.h>
typedef struct { short x, y; } P16;
typedef struct { int kind; union { P16 pts[4]; double vals[2]; char text[16]; } u; } Shape;
typedef struct { char name[8]; Shape shapes[3]; struct { unsigned flags; long long id; } meta; } Layer;
typedef struct { Layer layers[2]; int nlayers; } Doc;
static unsigned long checksum(const Doc *d) { unsigned long s = (unsigned long)d->nlayers; for (int l = 0; l < d->nlayers; l++) { const Layer *L = &d->layers[l]; s = s * 31 + (long)L->meta.id + L->meta.flags; for (size_t c = 0; c < strlen(L->name); c++) s = s * 7 + L->name[c];
        for (int i = 0; i < 3; i++) { const Shape *S = &L->shapes[i]; s = s * 3 + S->kind; if (S->kind == 0) for (int k = 0; k < 4; k++) s += S->u.pts[k].x * 10 + S->u.pts[k].y; else if (S->kind == 1) s += (unsigned long)(long)(S->u.vals[0] * 100) - (unsigned long)(long)(S->u.vals[1] * 10); else for (size_t k = 0; k < strlen(S->u.text); k++) s += S->u.text[k]; } } return s; }
int main(void) {
    Doc d = {.nlayers = 2, .layers = {
        {"base", {{0, {.pts = {{1, 2}, {3, 4}, {5, 6}, {7, 8}}}}, {1, {.vals = {2.5, -1.25}}}, {2, {.text = "label"}}}, {0x11, 1000000000000LL}},
        {"top", {{2, {.text = "hello"}}, {0, {.pts = {{-1, -2}}}}, {1, {.vals = {0.125}}}}, {0x22, -5}}}};
    printf("checksum=%lu sizeof Doc=%zu Layer=%zu Shape=%zu\n", checksum(&d), sizeof(Doc), sizeof(Layer), sizeof(Shape));
    Doc e = d; e.layers[1].shapes[0].u.text[0] = 'J'; e.layers[0].meta.id++;
    printf("orig=%lu copy=%lu text=%s/%s\n", checksum(&d), checksum(&e), d.layers[1].shapes[0].u.text, e.layers[1].shapes[0].u.text);
    Layer tmp = d.layers[0]; d.layers[0] = d.layers[1]; d.layers[1] = tmp; printf("swapped=%lu first=%s\n", checksum(&d), d.layers[0].name);
    printf("pts: %d %d %d\n", e.layers[0].shapes[0].u.pts[3].x, e.layers[1].shapes[1].u.pts[0].y, e.layers[1].shapes[1].u.pts[3].x);
    return 0;
}
