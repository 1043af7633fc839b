/* Checks Burrows-Wheeler transform with inverse, move-to-front coding with inverse, on fixed strings. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static const char *gs; static int gn;
static int cmprot(const void *a, const void *b) { int i = *(const int *)a, j = *(const int *)b; for (int k = 0; k < gn; k++) { unsigned char x = (unsigned char)gs[(i + k) % gn], y = (unsigned char)gs[(j + k) % gn]; if (x != y) return x - y; } return i - j; }
static int bwt(const char *s, char *out) { gs = s; gn = (int)strlen(s); int idx[128]; for (int i = 0; i < gn; i++) idx[i] = i; qsort(idx, (size_t)gn, sizeof idx[0], cmprot);
    int primary = 0; for (int i = 0; i < gn; i++) { out[i] = s[(idx[i] + gn - 1) % gn]; if (idx[i] == 0) primary = i; } out[gn] = 0; return primary; }
static void ibwt(const char *L, int primary, char *out) { int n = (int)strlen(L), cnt[256] = {0}, base[256], T[128], occ[256] = {0};
    for (int i = 0; i < n; i++) cnt[(unsigned char)L[i]]++; int s = 0; for (int c = 0; c < 256; c++) { base[c] = s; s += cnt[c]; }
    for (int i = 0; i < n; i++) { unsigned char c = (unsigned char)L[i]; T[i] = base[c] + occ[c]++; }
    int p = primary; for (int i = n - 1; i >= 0; i--) { out[i] = L[p]; p = T[p]; } out[n] = 0; }
static void mtf(const char *s, int n, unsigned char *o) { unsigned char t[256]; for (int i = 0; i < 256; i++) t[i] = (unsigned char)i; for (int i = 0; i < n; i++) { unsigned char c = (unsigned char)s[i]; int j = 0; while (t[j] != c) j++; o[i] = (unsigned char)j; memmove(t + 1, t, (size_t)j); t[0] = c; } }
static void imtf(const unsigned char *o, int n, char *s) { unsigned char t[256]; for (int i = 0; i < 256; i++) t[i] = (unsigned char)i; for (int i = 0; i < n; i++) { int j = o[i]; unsigned char c = t[j]; s[i] = (char)c; memmove(t + 1, t, (size_t)j); t[0] = c; } s[n] = 0; }
int main(void) {
    const char *in[] = {"banana", "abracadabra", "mississippi", "the quick brown fox jumps over the lazy dog", "aaaaabbbbbaaaaa", "x"};
    for (int i = 0; i < 6; i++) { char b[128], back[128], m2[128]; unsigned char m[128]; int n = (int)strlen(in[i]);
        int p = bwt(in[i], b); ibwt(b, p, back); mtf(b, n, m); imtf(m, n, m2);
        int zeros = 0; for (int k = 0; k < n; k++) zeros += m[k] == 0;
        printf("%s -> [%s] p=%d inv_ok=%d mtf_ok=%d zeros=%d mtf:", in[i], b, p, !strcmp(back, in[i]), !strcmp(m2, b), zeros); for (int k = 0; k < n && k < 12; k++) printf(" %d", m[k]); printf("\n"); }
    return 0;
}
