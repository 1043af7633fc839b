/* Checks enums (explicit values, negative, sizeof, switch over enums) and typedef chains. */
#include <stdio.h>
enum Color { RED, GREEN = 5, BLUE, ALPHA = -3, BETA, BIG = 1 << 20 };
typedef enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN } Day;
typedef int myint; typedef myint *myintp; typedef myintp arr3[3];
typedef struct Node Node; struct Node { int v; Node *next; };
typedef double (*binop)(double, double);
static double addd(double a, double b) { return a + b; }
static const char *dayname(Day d) {
    switch (d) { case MON: return "Mon"; case TUE: return "Tue"; case WED: return "Wed"; case THU: return "Thu"; case FRI: return "Fri"; case SAT: return "Sat"; case SUN: return "Sun"; }
    return "?";
}
int main(void) {
    printf("%d %d %d %d %d %d\n", RED, GREEN, BLUE, ALPHA, BETA, BIG);
    printf("sizeof enum=%zu\n", sizeof(enum Color));
    for (Day d = MON; d <= SUN; d++) printf("%s%s", dayname(d), d == SUN ? "\n" : ",");
    enum Color c = BLUE; c = (enum Color)(c + 1); printf("%d\n", c);
    int x = 1, y = 2, z = 3; arr3 a = {&x, &y, &z}; myint s = 0; for (int i = 0; i < 3; i++) s += *a[i]; printf("%d\n", s);
    Node n2 = {2, NULL}, n1 = {1, &n2}; printf("%d %d\n", n1.v, n1.next->v);
    binop op = addd; printf("%g\n", op(1.5, 2.25));
    enum { LOCAL_A = 'A', LOCAL_B } l = LOCAL_B; printf("%c\n", l);
    printf("%d\n", (int)(RED < GREEN && ALPHA < RED));
    return 0;
}
