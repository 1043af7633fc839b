/* shapes v1: a global table of shapes and a drawing loop. */
#include <stdio.h>

struct shape {
    int kind;
    int size;
};

static struct shape shapes[4] = {{1, 2}, {2, 3}, {1, 5}, {3, 1}};
static int frame_counter;

static int area(const struct shape *s) {
    return s->kind == 1 ? s->size * s->size : s->size * 3;
}

static void legacy_log(int n) {
    printf("log %d\n", n);
}

int main(void) {
    int total = 0;
    for (int i = 0; i < 4; i++) {
        total += area(&shapes[i]);
        legacy_log(total);
    }
    frame_counter++;
    printf("%d %d\n", total, frame_counter);
    return 0;
}
