/* qsort's comparator calls (count and order), element sizes from 1 to 40 bytes, string
 * comparisons at every alignment and near the end of their blocks, and function-pointer call
 * sites that see one function and then another. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long calls;
static int logged;
static int cmp_logged(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    calls++;
    if (logged < 12) { printf("(%d,%d)", x, y); logged++; }
    return (x > y) - (x < y);
}
static int cmp_char(const void *a, const void *b) { calls++; return *(const unsigned char *)a - *(const unsigned char *)b; }
static int cmp_short(const void *a, const void *b) { calls++; return *(const short *)a - *(const short *)b; }
static int cmp_long(const void *a, const void *b) { long x = *(const long *)a, y = *(const long *)b; calls++; return (x > y) - (x < y); }
struct Wide { int key; char pad[36]; };
static int cmp_wide(const void *a, const void *b) { calls++; return ((const struct Wide *)a)->key - ((const struct Wide *)b)->key; }
static int cmp_str(const void *a, const void *b) { calls++; return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmp_str3(const void *a, const void *b) { calls++; return strncmp(*(char *const *)a, *(char *const *)b, 3); }

static int twice(int v) { return 2 * v; }
static int negate(int v) { return -v; }

int main(void) {
    int a[37];
    for (int i = 0; i < 37; i++) a[i] = (i * 17 + 5) % 23;
    qsort(a, 37, sizeof a[0], cmp_logged);
    printf("\nint calls=%ld:", calls);
    for (int i = 0; i < 37; i++) printf(" %d", a[i]);
    printf("\n");

    unsigned char c[29]; for (int i = 0; i < 29; i++) c[i] = (unsigned char)(i * 101 + 7);
    calls = 0; qsort(c, 29, 1, cmp_char); printf("char calls=%ld first=%d last=%d\n", calls, c[0], c[28]);
    short s[31]; for (int i = 0; i < 31; i++) s[i] = (short)((i * 7919) % 61 - 30);
    calls = 0; qsort(s, 31, sizeof s[0], cmp_short); printf("short calls=%ld first=%d last=%d\n", calls, s[0], s[30]);
    long l[45]; for (int i = 0; i < 45; i++) l[i] = (long)((i * 2654435761u) % 1000) - 500;
    calls = 0; qsort(l, 45, sizeof l[0], cmp_long); printf("long calls=%ld first=%ld last=%ld\n", calls, l[0], l[44]);
    struct Wide w[19]; for (int i = 0; i < 19; i++) { w[i].key = (i * 11) % 19; snprintf(w[i].pad, sizeof w[i].pad, "item%d", i); }
    calls = 0; qsort(w, 19, sizeof w[0], cmp_wide);
    printf("wide calls=%ld:", calls); for (int i = 0; i < 19; i++) printf(" %d/%s", w[i].key, w[i].pad); printf("\n");

    /* strings of every length up to 20, in blocks of exactly their size, differing at every position */
    char *words[60];
    int n = 0;
    for (int len = 1; len <= 20; len++) {
        for (int v = 0; v < 3; v++) {
            char *p = malloc(len + 1);
            for (int k = 0; k < len; k++) p[k] = (char)('a' + (k * 7 + len + (k == len - 1 - v % len ? v : 0)) % 26);
            p[len] = 0;
            words[n++] = p;
        }
    }
    calls = 0; qsort(words, n, sizeof words[0], cmp_str);
    printf("strings calls=%ld:", calls);
    for (int i = 0; i < n; i += 7) printf(" %s(%zu)", words[i], strlen(words[i]));
    printf("\n");
    calls = 0; qsort(words, n, sizeof words[0], cmp_str3); printf("prefix calls=%ld first=%s\n", calls, words[0]);
    int signs = 0;
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
        int r = strcmp(words[i], words[j]);
        signs = signs * 3 + (r < 0 ? 0 : r == 0 ? 1 : 2);
        signs %= 1000003;
        r = strncmp(words[i] + 1, words[j] + 1, (size_t)(i % 9));
        signs = (signs * 3 + (r < 0 ? 0 : r == 0 ? 1 : 2)) % 1000003;
    }
    printf("signs=%d\n", signs);
    char bytes[] = {'x', 'y', (char)0xe9, 0, 'q'};
    printf("high byte: %d %d\n", strcmp(bytes, "xy") > 0, strncmp(bytes, "xy\x7f", 3) > 0);
    for (int i = 0; i < n; i++) free(words[i]);

    /* one call site, first always one function, then another */
    int (*fns[2])(int) = {twice, negate};
    long total = 0;
    for (int i = 0; i < 3000; i++) total += fns[i >= 2000](i);
    printf("total=%ld\n", total);
    return 0;
}
