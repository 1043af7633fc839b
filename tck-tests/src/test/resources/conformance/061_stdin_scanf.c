/* Checks scanf reading ints, doubles, strings, chars and hex from stdin, and its return values at EOF. */
#include <stdio.h>
int main(void) {
    int n; if (scanf("%d", &n) != 1) return 1;
    long total = 0;
    for (int i = 0; i < n; i++) { int v; if (scanf("%d", &v) != 1) return 2; total += v; }
    printf("n=%d total=%ld\n", n, total);
    double a, b; int r = scanf("%lf %lf", &a, &b); printf("r=%d %.4f %.4f %.4f\n", r, a, b, a * b);
    char word[32]; int age; r = scanf("%31s %d", word, &age); printf("r=%d %s is %d\n", r, word, age);
    unsigned x; int o; r = scanf("%x %o", &x, &o); printf("r=%d %u %d\n", r, x, o);
    char c1, c2; r = scanf(" %c %c", &c1, &c2); printf("r=%d [%c%c]\n", r, c1, c2);
    int d1, m1, y1; r = scanf("%d-%d-%d", &y1, &m1, &d1); printf("r=%d %04d/%02d/%02d\n", r, y1, m1, d1);
    char rest[64]; r = scanf(" %63[^\n]", rest); printf("r=%d line=[%s]\n", r, rest);
    int w; r = scanf("%3d", &w); printf("r=%d w=%d\n", r, w);
    long long big; r = scanf("%lld", &big); printf("r=%d big=%lld\n", r, big);
    int bad; r = scanf("%d", &bad); printf("r=%d (matching failure)\n", r);
    char junk[16]; r = scanf("%15s", junk); printf("r=%d junk=%s\n", r, junk);
    int e; r = scanf("%d", &e); printf("r=%d (EOF=%d)\n", r, r == EOF);
    return 0;
}
