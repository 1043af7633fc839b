/* Checks for/while/do-while loops, break/continue, nested loops with labels via goto, comma operator. */
#include <stdio.h>
int main(void) {
    int s = 0; for (int i = 0; i < 100; i++) { if (i % 3 == 0) continue; if (i > 80) break; s += i; } printf("%d\n", s);
    int n = 27, steps = 0; while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; } printf("collatz %d\n", steps);
    int k = 0; do { k += 7; } while (k < 50); printf("%d\n", k);
    int d = 10; do printf("%d ", d--); while (d > 5); printf("\n");
    for (int i = 0, j = 10; i < j; i++, j--) printf("(%d,%d)", i, j); printf("\n");
    int found = 0;
    for (int i = 1; i < 20 && !found; i++) for (int j = 1; j < 20; j++) if (i * j == 91) { printf("found %d %d\n", i, j); found = 1; break; }
    for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { if (i + j == 6) goto done; printf("%d", i * j); } printf("|"); }
done: printf("\n");
    unsigned u = 10; while (u--) printf("%u", u); printf("\n");
    int cnt = 0; for (;;) { if (++cnt == 42) break; } printf("%d\n", cnt);
    long sum = 0; for (int i = 1; i <= 1000; i++) for (int j = i; j <= 1000; j += i) sum += j % 7; printf("%ld\n", sum);
    int y0 = 0; int x = (y0 += 5, y0 * 2); printf("%d\n", x);
    int e = 0; for (int i = 10; i > 0; i -= 3) e = e * 10 + i; printf("%d\n", e);
    return 0;
}
