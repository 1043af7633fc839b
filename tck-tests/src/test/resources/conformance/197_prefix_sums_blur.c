/* Checks 2D integer image processing: summed-area table queries, 3x3 box blur with clamped edges, and histogram equalisation. */
#include <stdio.h>
#define W 24
#define H 12
int main(void) {
    int img[H][W], sat[H + 1][W + 1] = {{0}}, blur[H][W];
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) img[y][x] = ((x * 37 + y * 91) ^ (x * y)) & 255;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) sat[y + 1][x + 1] = img[y][x] + sat[y][x + 1] + sat[y + 1][x] - sat[y][x];
    int qs[][4] = {{0, 0, 23, 11}, {2, 3, 10, 8}, {5, 5, 5, 5}, {20, 0, 23, 3}};
    for (int i = 0; i < 4; i++) { int x0 = qs[i][0], y0 = qs[i][1], x1 = qs[i][2], y1 = qs[i][3]; int s = sat[y1 + 1][x1 + 1] - sat[y0][x1 + 1] - sat[y1 + 1][x0] + sat[y0][x0]; int b = 0; for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) b += img[y][x]; printf("rect %d: %d brute %d\n", i, s, b); }
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { int s = 0; for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) { int yy = y + dy < 0 ? 0 : y + dy >= H ? H - 1 : y + dy, xx = x + dx < 0 ? 0 : x + dx >= W ? W - 1 : x + dx; s += img[yy][xx]; } blur[y][x] = (s + 4) / 9; }
    const char *ramp = " .:-=+*#%@"; for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) putchar(ramp[blur[y][x] * 10 / 256]); putchar('\n'); }
    int hist[256] = {0}, cdf[256]; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) hist[img[y][x]]++; int acc = 0, cmin = 0; for (int v = 0; v < 256; v++) { acc += hist[v]; cdf[v] = acc; if (!cmin && acc) cmin = acc; }
    long eq = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) eq += (long)(cdf[img[y][x]] - cmin) * 255 / (W * H - cmin); printf("equalised sum=%ld\n", eq);
    return 0;
}
