/* Checks switch: dense, sparse, fallthrough, default placement, nested switch, char and long long cases. */
#include <stdio.h>
static int dense(int x) { switch (x) { case 0: return 10; case 1: return 11; case 2: return 14; case 3: return 19; case 4: return 26; case 5: return 35; case 6: return 46; case 7: return 59; default: return -1; } }
static int sparse(int x) { switch (x) { case -1000: return 1; case 7: return 2; case 1000: return 3; case 65536: return 4; case 1 << 30: return 5; default: return 0; } }
static int fall(int x) { int r = 0; switch (x) { case 0: r += 1; /* fallthrough */ case 1: r += 10; /* fallthrough */ case 2: r += 100; break; case 3: r += 1000; /* fallthrough */ default: r += 5; } return r; }
static const char *chr(char c) { switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel"; case '0' ... '9': return "digit"; case ' ': return "space"; default: return "other"; } }
static int ll(long long v) { switch (v) { case 1LL << 40: return 1; case -(1LL << 40): return 2; case 0: return 3; default: return 4; } }
static int defmid(int x) { int r = 0; switch (x) { case 1: r = 1; break; default: r = 99; /* fallthrough */ case 2: r += 2; break; case 3: r = 3; } return r; }
int main(void) {
    for (int i = -1; i <= 8; i++) printf("%d ", dense(i)); printf("\n");
    int sv[] = {-1000, 7, 1000, 65536, 1 << 30, 8, 0}; for (int i = 0; i < 7; i++) printf("%d ", sparse(sv[i])); printf("\n");
    for (int i = 0; i < 6; i++) printf("%d ", fall(i)); printf("\n");
    const char *s = "a1 zE9u"; for (const char *p = s; *p; p++) printf("%s ", chr(*p)); printf("\n");
    printf("%d %d %d %d\n", ll(1LL << 40), ll(-(1LL << 40)), ll(0), ll(5));
    for (int i = 0; i < 5; i++) printf("%d ", defmid(i)); printf("\n");
    int total = 0;
    for (int i = 0; i < 20; i++) switch (i % 4) { case 0: switch (i % 3) { case 0: total += 1; break; default: total += 2; } break; case 1: total += 10; break; case 2: continue; default: total += 100; }
    printf("total=%d\n", total);
    unsigned char uc = 200; switch (uc) { case 200: printf("uc200\n"); break; default: printf("bad\n"); }
    switch (3) { default: printf("only default\n"); }
    return 0;
}
