/* Checks a line-oriented command interpreter reading stdin with fgets/sscanf: a key-value store with set/get/del/list/sum. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct KV { char k[32]; long v; int used; } kv[64];
static struct KV *find(const char *k) { for (int i = 0; i < 64; i++) if (kv[i].used && !strcmp(kv[i].k, k)) return &kv[i]; return NULL; }
static int cmpk(const void *a, const void *b) { return strcmp(((const struct KV *)a)->k, ((const struct KV *)b)->k); }
int main(void) {
    char line[128]; int lineno = 0;
    while (fgets(line, sizeof line, stdin)) {
        lineno++; line[strcspn(line, "\r\n")] = 0; char cmd[16], key[32]; long val;
        if (line[0] == '#' || line[0] == 0) continue;
        int n = sscanf(line, "%15s %31s %ld", cmd, key, &val);
        if (n >= 3 && !strcmp(cmd, "set")) { struct KV *e = find(key); if (!e) for (int i = 0; i < 64; i++) if (!kv[i].used) { e = &kv[i]; e->used = 1; strcpy(e->k, key); break; } e->v = val; printf("%d: ok\n", lineno); }
        else if (n >= 2 && !strcmp(cmd, "get")) { struct KV *e = find(key); if (e) printf("%d: %s=%ld\n", lineno, key, e->v); else printf("%d: %s not found\n", lineno, key); }
        else if (n >= 2 && !strcmp(cmd, "del")) { struct KV *e = find(key); if (e) e->used = 0; printf("%d: %s\n", lineno, e ? "deleted" : "missing"); }
        else if (n >= 3 && !strcmp(cmd, "add")) { struct KV *e = find(key); if (e) { e->v += val; printf("%d: %ld\n", lineno, e->v); } else printf("%d: missing\n", lineno); }
        else if (n >= 1 && !strcmp(cmd, "list")) { struct KV tmp[64]; int c = 0; for (int i = 0; i < 64; i++) if (kv[i].used) tmp[c++] = kv[i]; qsort(tmp, (size_t)c, sizeof tmp[0], cmpk); printf("%d:", lineno); for (int i = 0; i < c; i++) printf(" %s=%ld", tmp[i].k, tmp[i].v); printf("\n"); }
        else if (n >= 1 && !strcmp(cmd, "sum")) { long s = 0; for (int i = 0; i < 64; i++) if (kv[i].used) s += kv[i].v; printf("%d: sum=%ld\n", lineno, s); }
        else if (n >= 1 && !strcmp(cmd, "quit")) { printf("%d: bye\n", lineno); return 5; }
        else printf("%d: error: '%s'\n", lineno, line);
    }
    printf("eof\n");
    return 0;
}
