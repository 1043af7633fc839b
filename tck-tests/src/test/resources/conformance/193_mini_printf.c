/* Checks a hand-written mini vsnprintf (%d %u %x %s %c %% with width/zero-pad/left-align) against the C library's snprintf. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
static int emit(char *out, size_t cap, size_t *pos, char c) { if (*pos + 1 < cap) out[*pos] = c; (*pos)++; return 0; }
static int mini(char *out, size_t cap, const char *fmt, ...) {
    va_list ap; va_start(ap, fmt); size_t pos = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { emit(out, cap, &pos, *p); continue; }
        p++; int left = 0, zero = 0, width = 0; while (*p == '-' || *p == '0') { if (*p == '-') left = 1; else zero = 1; p++; } while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        char tmp[40]; int n = 0; const char *s = tmp;
        switch (*p) {
        case 'd': { long v = va_arg(ap, int); unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v; char r[24]; int k = 0; do { r[k++] = (char)('0' + u % 10); u /= 10; } while (u); if (v < 0) tmp[n++] = '-'; while (k) tmp[n++] = r[--k]; break; }
        case 'u': case 'x': { unsigned v = va_arg(ap, unsigned), b = *p == 'x' ? 16 : 10; char r[24]; int k = 0; do { r[k++] = "0123456789abcdef"[v % b]; v /= b; } while (v); while (k) tmp[n++] = r[--k]; break; }
        case 's': s = va_arg(ap, const char *); n = (int)strlen(s); break;
        case 'c': tmp[n++] = (char)va_arg(ap, int); break;
        case '%': tmp[n++] = '%'; break;
        }
        int pad = width > n ? width - n : 0;
        if (!left) { if (zero && s == tmp && n && tmp[0] == '-') { emit(out, cap, &pos, '-'); s++; n--; } for (int i = 0; i < pad; i++) emit(out, cap, &pos, zero ? '0' : ' '); }
        for (int i = 0; i < n; i++) emit(out, cap, &pos, s[i]);
        if (left) for (int i = 0; i < pad; i++) emit(out, cap, &pos, ' ');
    }
    if (cap) out[pos < cap ? pos : cap - 1] = 0; va_end(ap); return (int)pos;
}
int main(void) {
    int vals[] = {0, 7, -7, 123456, -2147483647 - 1, 2147483647}; int bad = 0;
    for (int i = 0; i < 6; i++) { char a[64], b[64]; int ra = mini(a, sizeof a, "[%d|%8d|%-8d|%08d|%x|%u|%c|%s|%%]", vals[i], vals[i], vals[i], vals[i], (unsigned)vals[i], (unsigned)vals[i], 'A' + i, "str");
        int rb = snprintf(b, sizeof b, "[%d|%8d|%-8d|%08d|%x|%u|%c|%s|%%]", vals[i], vals[i], vals[i], vals[i], (unsigned)vals[i], (unsigned)vals[i], 'A' + i, "str");
        printf("%s %d %s\n", a, ra, (ra == rb && !strcmp(a, b)) ? "same" : "DIFF"); bad += !(ra == rb && !strcmp(a, b)); }
    char small[8]; int r1 = mini(small, sizeof small, "%s-%d", "truncate", 99); char small2[8]; int r2 = snprintf(small2, sizeof small2, "%s-%d", "truncate", 99);
    printf("trunc [%s] %d vs [%s] %d\n", small, r1, small2, r2); bad += strcmp(small, small2) != 0 || r1 != r2;
    printf("bad=%d\n", bad); return 0;
}
