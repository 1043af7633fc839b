/* Checks string processing: word frequency counting on embedded text, case folding, sorting by count then word. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>
static const char *text =
    "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, "
    "it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness, "
    "it was the spring of hope, it was the winter of despair, we had everything before us, we had nothing before us, "
    "we were all going direct to Heaven, we were all going direct the other way.";
struct W { char w[24]; int n; };
static int cmpw(const void *a, const void *b) { const struct W *x = a, *y = b; if (x->n != y->n) return y->n - x->n; return strcmp(x->w, y->w); }
int main(void) {
    struct W words[200]; int nw = 0, total = 0, longest = 0; char cur[24]; int cl = 0; char lw[24] = "";
    for (const char *p = text;; p++) {
        if (*p && isalpha((unsigned char)*p)) { if (cl < 23) cur[cl++] = (char)tolower((unsigned char)*p); continue; }
        if (cl) { cur[cl] = 0; total++; if (cl > longest) { longest = cl; strcpy(lw, cur); }
            int f = -1; for (int i = 0; i < nw; i++) if (!strcmp(words[i].w, cur)) { f = i; break; }
            if (f < 0) { strcpy(words[nw].w, cur); words[nw].n = 1; nw++; } else words[f].n++; cl = 0; }
        if (!*p) break;
    }
    qsort(words, (size_t)nw, sizeof words[0], cmpw);
    printf("total=%d distinct=%d longest=%s(%d)\n", total, nw, lw, longest);
    for (int i = 0; i < nw; i++) printf("%-12s %d\n", words[i].w, words[i].n);
    int sentences = 0, commas = 0; for (const char *p = text; *p; p++) { sentences += *p == '.'; commas += *p == ','; }
    printf("sentences=%d commas=%d len=%zu\n", sentences, commas, strlen(text));
    return 0;
}
