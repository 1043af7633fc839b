/* Checks variable length arrays: 1D and 2D VLAs, sizeof on VLAs, VLA function parameters. */
#include <stdio.h>
static long sum_vla(int n, int m, int a[n][m]) { long s = 0; for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) s += a[i][j]; return s; }
static void fill(int n, double v[n]) { for (int i = 0; i < n; i++) v[i] = i * 0.5; }
static int depth(int n) { if (n == 0) return 0; int tmp[n]; for (int i = 0; i < n; i++) tmp[i] = i; return tmp[n - 1] + depth(n - 1); }
int main(void) {
    for (int n = 1; n <= 6; n++) {
        int m = n + 2;
        int a[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) a[i][j] = i * m + j;
        printf("n=%d sizeof=%zu rowsize=%zu sum=%ld\n", n, sizeof a, sizeof a[0], sum_vla(n, m, a));
    }
    int k = 7; double v[k]; fill(k, v); double s = 0; for (int i = 0; i < k; i++) s += v[i]; printf("%g\n", s);
    printf("depth=%d\n", depth(50));
    for (int len = 1; len < 200; len *= 3) { char buf[len + 1]; for (int i = 0; i < len; i++) buf[i] = (char)('a' + i % 26); buf[len] = 0; printf("%zu %c\n", sizeof buf, buf[len - 1]); }
    int n = 5; typedef int row_t[n]; row_t r; n = 100; printf("typedef vla size %zu\n", sizeof r);
    return 0;
}
