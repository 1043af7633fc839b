/* Checks switch statements that compilers convert to lookup tables or bit tests, and ?: select chains. */
#include <stdio.h>
__attribute__((noinline)) static int days(int m) { switch (m) { case 1: return 31; case 2: return 28; case 3: return 31; case 4: return 30; case 5: return 31; case 6: return 30; case 7: return 31; case 8: return 31; case 9: return 30; case 10: return 31; case 11: return 30; case 12: return 31; default: return -1; } }
__attribute__((noinline)) static const char *name(int d) { switch (d) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three"; case 4: return "four"; case 5: return "five"; default: return "many"; } }
__attribute__((noinline)) static double factor(int u) { switch (u) { case 0: return 1.0; case 1: return 1000.0; case 2: return 0.001; case 3: return 2.54; case 4: return 0.3048; default: return 0.0; } }
__attribute__((noinline)) static int is_sep(char c) { switch (c) { case ' ': case '\t': case '\n': case ',': case ';': case ':': return 1; default: return 0; } }
__attribute__((noinline)) static int sel(int x) { return x < 0 ? -1 : x == 0 ? 0 : x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : 4; }
__attribute__((noinline)) static int sel2(int a, int b) { int m = a > b ? a : b; int n = a < b ? a : b; return (m - n) > 5 ? m : n; }
__attribute__((noinline)) static unsigned grade(unsigned s) { switch (s / 10) { case 10: case 9: return 'A'; case 8: return 'B'; case 7: return 'C'; case 6: return 'D'; default: return 'F'; } }
int main(void) {
    int tot = 0; for (int m = 0; m <= 13; m++) { printf("%d ", days(m)); tot += days(m) > 0 ? days(m) : 0; } printf("tot=%d\n", tot);
    for (int d = -1; d <= 7; d++) printf("%s ", name(d)); printf("\n");
    for (int u = 0; u <= 5; u++) printf("%g ", factor(u) * 12.0); printf("\n");
    const char *s = "a b,c;d:e\tf\ng"; int seps = 0; for (const char *p = s; *p; p++) seps += is_sep(*p); printf("seps=%d\n", seps);
    int xs[] = {-50, 0, 5, 50, 500, 5000}; for (int i = 0; i < 6; i++) printf("%d ", sel(xs[i])); printf("\n");
    printf("%d %d %d\n", sel2(3, 20), sel2(20, 3), sel2(4, 6));
    for (unsigned sc = 0; sc <= 100; sc += 7) putchar((int)grade(sc)); putchar('\n');
    return 0;
}
