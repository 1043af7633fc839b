/* Checks compound literals: arrays, structs, pointers to them, in loops and as function arguments. */
#include <stdio.h>
struct P { int x, y; };
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int dot(struct P a, struct P b) { return a.x * b.x + a.y * b.y; }
int main(void) {
    printf("%d\n", sum((int[]){1, 2, 3, 4, 5}, 5));
    printf("%d\n", dot((struct P){3, 4}, (struct P){.y = 2, .x = 5}));
    int *p = (int[10]){[3] = 7, [9] = 1}; int t = 0; for (int i = 0; i < 10; i++) t += p[i] * i; printf("%d\n", t);
    struct P *pp = &(struct P){10, 20}; pp->x++; printf("%d %d\n", pp->x, pp->y);
    for (int i = 0; i < 3; i++) { struct P q = (struct P){i, i * 2}; printf("(%d,%d)", q.x, q.y); } printf("\n");
    const char *names = (const char[]){"literal"}; printf("%s\n", names);
    char (*grid)[3] = (char[2][3]){{'a', 'b', 'c'}, {'d', 'e', 'f'}}; printf("%c%c\n", grid[0][2], grid[1][0]);
    double avg = 0; double *vals = (double[]){1.5, 2.5, 3.5}; for (int i = 0; i < 3; i++) avg += vals[i] / 3; printf("%g\n", avg);
    struct P arr[] = {(struct P){1, 1}, (struct P){2, 4}}; printf("%d\n", arr[1].y);
    return 0;
}
