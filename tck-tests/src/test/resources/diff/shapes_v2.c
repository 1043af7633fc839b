/* shapes v2: shapes get a colour and a double size; logging moved to a new function. */
#include <stdio.h>

struct shape {
    int kind;
    double size;
    int colour;
};

static struct shape shapes[6] = {{1, 2, 0}, {2, 3, 1}, {1, 5, 2}, {3, 1, 0}, {2, 2, 1}, {1, 1, 1}};
static struct {
    int frames;
} frame_counter;

static double area(const struct shape *s) {
    return s->kind == 1 ? s->size * s->size : s->size * 3;
}

static void report(double n) {
    printf("report %.1f\n", n);
}

int main(void) {
    double total = 0;
    for (int i = 0; i < 6; i++) {
        total += area(&shapes[i]);
        report(total);
    }
    frame_counter.frames++;
    printf("%.1f %d\n", total, frame_counter.frames);
    return 0;
}
