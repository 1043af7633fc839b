/* Checks backtracking: N-queens solution counts for N=1..10 and the first solution for N=8. */
#include <stdio.h>
static int n, cols[16], count, printed;
static int ok(int r, int c) { for (int i = 0; i < r; i++) if (cols[i] == c || cols[i] - i == c - r || cols[i] + i == c + r) return 0; return 1; }
static void solve(int r) {
    if (r == n) { count++; if (n == 8 && !printed) { printed = 1; for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) putchar(cols[i] == j ? 'Q' : '.'); putchar('\n'); } } return; }
    for (int c = 0; c < n; c++) if (ok(r, c)) { cols[r] = c; solve(r + 1); }
}
static int bits_count(int nn, int row, unsigned colm, unsigned d1, unsigned d2) {
    if (row == nn) return 1; int t = 0; unsigned avail = ~(colm | d1 | d2) & ((1u << nn) - 1);
    while (avail) { unsigned b = avail & -avail; avail ^= b; t += bits_count(nn, row + 1, colm | b, (d1 | b) << 1, (d2 | b) >> 1); } return t;
}
int main(void) {
    for (n = 1; n <= 10; n++) { count = 0; solve(0); printf("N=%d solutions=%d bitwise=%d\n", n, count, bits_count(n, 0, 0, 0, 0)); }
    return 0;
}
