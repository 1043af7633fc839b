/* Checks string algorithms: anagram grouping via sorted signatures, longest palindromic substring, string reversal in place. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static int cmpc(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
struct E { char sig[16]; const char *w; };
static int cmpe(const void *a, const void *b) { const struct E *x = a, *y = b; int c = strcmp(x->sig, y->sig); return c ? c : strcmp(x->w, y->w); }
int main(void) {
    const char *words[] = {"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "inlets", "banana"};
    int n = sizeof words / sizeof *words; struct E e[16];
    for (int i = 0; i < n; i++) { strcpy(e[i].sig, words[i]); qsort(e[i].sig, strlen(e[i].sig), 1, cmpc); e[i].w = words[i]; }
    qsort(e, (size_t)n, sizeof e[0], cmpe);
    for (int i = 0; i < n;) { int j = i; printf("%s:", e[i].sig); while (j < n && !strcmp(e[j].sig, e[i].sig)) printf(" %s", e[j++].w); printf("\n"); i = j; }
    const char *ss[] = {"babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar level noon"};
    for (int k = 0; k < 6; k++) { const char *s = ss[k]; int L = (int)strlen(s), best = 0, start = 0;
        for (int c = 0; c < L; c++) for (int odd = 0; odd < 2; odd++) { int lo = c, hi = c + odd; while (lo >= 0 && hi < L && s[lo] == s[hi]) { lo--; hi++; } if (hi - lo - 1 > best) { best = hi - lo - 1; start = lo + 1; } }
        printf("%s -> %.*s\n", s, best, s + start); }
    char r[] = "The quick brown fox"; for (size_t i = 0, j = strlen(r) - 1; i < j; i++, j--) { char t = r[i]; r[i] = r[j]; r[j] = t; } printf("%s\n", r);
    return 0;
}
