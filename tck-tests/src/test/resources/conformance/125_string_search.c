/* Checks string search algorithms (naive, KMP, Boyer-Moore-Horspool, Rabin-Karp) agree with strstr on all matches. */
#include <stdio.h>
#include <string.h>
static int naive(const char *t, const char *p, int *out) { int n = (int)strlen(t), m = (int)strlen(p), k = 0; for (int i = 0; i + m <= n; i++) if (!memcmp(t + i, p, (size_t)m)) out[k++] = i; return k; }
static int kmp(const char *t, const char *p, int *out) { int n = (int)strlen(t), m = (int)strlen(p), f[64], k = 0; f[0] = 0;
    for (int i = 1, j = 0; i < m; i++) { while (j && p[i] != p[j]) j = f[j - 1]; if (p[i] == p[j]) j++; f[i] = j; }
    for (int i = 0, j = 0; i < n; i++) { while (j && t[i] != p[j]) j = f[j - 1]; if (t[i] == p[j]) j++; if (j == m) { out[k++] = i - m + 1; j = f[j - 1]; } } return k; }
static int bmh(const char *t, const char *p, int *out) { int n = (int)strlen(t), m = (int)strlen(p), sh[256], k = 0; for (int i = 0; i < 256; i++) sh[i] = m; for (int i = 0; i < m - 1; i++) sh[(unsigned char)p[i]] = m - 1 - i;
    for (int i = 0; i + m <= n; i += sh[(unsigned char)t[i + m - 1]]) if (!memcmp(t + i, p, (size_t)m)) out[k++] = i; return k; }
static int rk(const char *t, const char *p, int *out) { int n = (int)strlen(t), m = (int)strlen(p), k = 0; const unsigned B = 257, M = 1000003; unsigned hp = 0, ht = 0, pw = 1;
    if (m > n) return 0; for (int i = 0; i < m; i++) { hp = (hp * B + (unsigned char)p[i]) % M; ht = (ht * B + (unsigned char)t[i]) % M; if (i) pw = pw * B % M; }
    for (int i = 0;; i++) { if (hp == ht && !memcmp(t + i, p, (size_t)m)) out[k++] = i; if (i + m >= n) break; ht = ((ht + M - (unsigned char)t[i] * pw % M) * B + (unsigned char)t[i + m]) % M; } return k; }
int main(void) {
    const char *text = "abracadabra abracadabra cadabra abra aaaaaa abababab the end abra";
    const char *pats[] = {"abra", "cad", "aaa", "abab", "z", "the end abra", "a"};
    for (int i = 0; i < 7; i++) { int o1[80], o2[80], o3[80], o4[80]; int a = naive(text, pats[i], o1), b = kmp(text, pats[i], o2), c = bmh(text, pats[i], o3), d = rk(text, pats[i], o4);
        int same = a == b && a == c && a == d && !memcmp(o1, o2, sizeof(int) * (size_t)a) && !memcmp(o1, o3, sizeof(int) * (size_t)a) && !memcmp(o1, o4, sizeof(int) * (size_t)a);
        int s = 0; for (const char *q = text; (q = strstr(q, pats[i])); q++) s++;
        printf("%-14s count=%d agree=%d strstr=%d at:", pats[i], a, same, s); for (int k = 0; k < a && k < 10; k++) printf(" %d", o1[k]); printf("\n"); }
    return 0;
}
