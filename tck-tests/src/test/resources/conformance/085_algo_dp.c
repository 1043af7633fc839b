/* Checks dynamic programming: LCS, edit distance, 0/1 knapsack, coin change, longest increasing subsequence. */
#include <stdio.h>
#include <string.h>
static int max(int a, int b) { return a > b ? a : b; }
static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
static int lcs(const char *a, const char *b, char *out) { int n = (int)strlen(a), m = (int)strlen(b); int dp[64][64] = {{0}};
    for (int i = 1; i <= n; i++) for (int j = 1; j <= m; j++) dp[i][j] = a[i - 1] == b[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1]);
    int k = dp[n][m]; out[k] = 0; int i = n, j = m; while (i && j) { if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; } else if (dp[i - 1][j] >= dp[i][j - 1]) i--; else j--; } return dp[n][m]; }
static int edit(const char *a, const char *b) { int n = (int)strlen(a), m = (int)strlen(b); int dp[64][64];
    for (int i = 0; i <= n; i++) dp[i][0] = i; for (int j = 0; j <= m; j++) dp[0][j] = j;
    for (int i = 1; i <= n; i++) for (int j = 1; j <= m; j++) dp[i][j] = min3(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] != b[j - 1])); return dp[n][m]; }
static int knap(const int *w, const int *v, int n, int cap) { int dp[1001] = {0}; for (int i = 0; i < n; i++) for (int c = cap; c >= w[i]; c--) dp[c] = max(dp[c], dp[c - w[i]] + v[i]); return dp[cap]; }
static long coins(const int *c, int n, int amt) { long dp[1001] = {1}; for (int i = 0; i < n; i++) for (int a = c[i]; a <= amt; a++) dp[a] += dp[a - c[i]]; return dp[amt]; }
static int lis(const int *a, int n) { int tail[100], len = 0; for (int i = 0; i < n; i++) { int lo = 0, hi = len; while (lo < hi) { int m = (lo + hi) / 2; if (tail[m] < a[i]) lo = m + 1; else hi = m; } tail[lo] = a[i]; if (lo == len) len++; } return len; }
int main(void) {
    const char *pairs[][2] = {{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"dynamic", "programming"}, {"", "abc"}, {"same", "same"}};
    for (int i = 0; i < 5; i++) { char out[64]; int l = lcs(pairs[i][0], pairs[i][1], out); printf("lcs(%s,%s)=%d '%s' edit=%d\n", pairs[i][0], pairs[i][1], l, out, edit(pairs[i][0], pairs[i][1])); }
    int w[] = {12, 7, 11, 8, 9, 23, 5, 14, 6, 19}, v[] = {24, 13, 23, 15, 16, 50, 8, 30, 11, 41};
    for (int cap = 10; cap <= 100; cap += 15) printf("knap(%d)=%d ", cap, knap(w, v, 10, cap)); printf("\n");
    int c[] = {1, 2, 5, 10, 20, 50, 100, 200}; printf("coins(200)=%ld coins(1000)=%ld\n", coins(c, 8, 200), coins(c, 8, 1000));
    int seq[60]; for (int i = 0; i < 60; i++) seq[i] = (i * 37 + 11) % 53; printf("lis=%d\n", lis(seq, 60));
    long long grid[20][20]; for (int i = 0; i < 20; i++) for (int j = 0; j < 20; j++) grid[i][j] = (i == 0 || j == 0) ? 1 : grid[i - 1][j] + grid[i][j - 1];
    printf("paths=%lld\n", grid[19][19]);
    return 0;
}
