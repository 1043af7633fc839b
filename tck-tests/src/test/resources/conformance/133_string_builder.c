/* Checks a growable string buffer built on realloc with printf-style appends via vsnprintf, insert and replace-all. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
typedef struct { char *s; size_t len, cap; } SB;
static void sb_reserve(SB *b, size_t need) { if (need + 1 > b->cap) { size_t nc = b->cap ? b->cap : 8; while (nc < need + 1) nc *= 2; b->s = realloc(b->s, nc); b->cap = nc; } }
static void sb_append(SB *b, const char *t) { size_t n = strlen(t); sb_reserve(b, b->len + n); memcpy(b->s + b->len, t, n + 1); b->len += n; }
static void sb_printf(SB *b, const char *fmt, ...) { va_list ap, ap2; va_start(ap, fmt); va_copy(ap2, ap); int n = vsnprintf(NULL, 0, fmt, ap); va_end(ap); sb_reserve(b, b->len + (size_t)n); vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap2); va_end(ap2); b->len += (size_t)n; }
static void sb_insert(SB *b, size_t pos, const char *t) { size_t n = strlen(t); sb_reserve(b, b->len + n); memmove(b->s + pos + n, b->s + pos, b->len - pos + 1); memcpy(b->s + pos, t, n); b->len += n; }
static int sb_replace(SB *b, const char *from, const char *to) { SB r = {0}; int cnt = 0; size_t fl = strlen(from); const char *p = b->s, *q;
    sb_append(&r, ""); while ((q = strstr(p, from))) { char tmp[256]; size_t k = (size_t)(q - p); memcpy(tmp, p, k); tmp[k] = 0; sb_append(&r, tmp); sb_append(&r, to); p = q + fl; cnt++; } sb_append(&r, p); free(b->s); *b = r; return cnt; }
int main(void) {
    SB b = {0}; sb_append(&b, "start");
    for (int i = 0; i < 20; i++) sb_printf(&b, "[%d:%x:%.1f]", i, i * 255, i / 3.0);
    printf("len=%zu cap=%zu\n%s\n", b.len, b.cap, b.s);
    sb_insert(&b, 5, "<<INSERTED>>"); printf("%.40s\n", b.s);
    int n = sb_replace(&b, ".3", "~"); printf("replaced=%d len=%zu\n%s\n", n, b.len, b.s);
    n = sb_replace(&b, "[", ""); printf("replaced=%d len=%zu tail=%s\n", n, b.len, b.s + b.len - 20);
    free(b.s); return 0;
}
