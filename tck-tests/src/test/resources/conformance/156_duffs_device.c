/* Checks Duff's device (switch interleaved with do-while) and manual loop unrolling against simple loops. */
#include <stdio.h>
static void duff_copy(short *to, const short *from, int count) { if (count <= 0) return; int n = (count + 7) / 8;
    switch (count % 8) { case 0: do { *to++ = *from++; /* fallthrough */ case 7: *to++ = *from++; /* fallthrough */ case 6: *to++ = *from++; /* fallthrough */ case 5: *to++ = *from++; /* fallthrough */
            case 4: *to++ = *from++; /* fallthrough */ case 3: *to++ = *from++; /* fallthrough */ case 2: *to++ = *from++; /* fallthrough */ case 1: *to++ = *from++; } while (--n > 0); } }
static long unrolled_sum(const int *a, int n) { long s0 = 0, s1 = 0, s2 = 0, s3 = 0; int i = 0; for (; i + 4 <= n; i += 4) { s0 += a[i]; s1 += a[i + 1]; s2 += a[i + 2]; s3 += a[i + 3]; } for (; i < n; i++) s0 += a[i]; return s0 + s1 + s2 + s3; }
int main(void) {
    short src[100], dst[100]; for (int i = 0; i < 100; i++) src[i] = (short)(i * 3 - 50);
    for (int cnt = 0; cnt <= 17; cnt++) { for (int i = 0; i < 100; i++) dst[i] = -1; duff_copy(dst, src, cnt); int ok = 1; for (int i = 0; i < cnt; i++) if (dst[i] != src[i]) ok = 0; printf("%d:%d%s ", cnt, ok, dst[cnt] == -1 ? "" : "!"); }
    printf("\n");
    int a[103]; for (int i = 0; i < 103; i++) a[i] = i * i - 500;
    for (int n = 0; n <= 103; n += 17) { long s = 0; for (int i = 0; i < n; i++) s += a[i]; printf("n=%d %ld %ld\n", n, s, unrolled_sum(a, n)); }
    return 0;
}
