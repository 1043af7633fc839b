/* Checks integer graphics algorithms into a char canvas: Bresenham lines, midpoint circle, and a Sierpinski pattern via bit ops. */
#include <stdio.h>
#include <stdlib.h>
#define W 40
#define H 20
static char cv[H][W + 1];
static void plot(int x, int y, char c) { if (x >= 0 && x < W && y >= 0 && y < H) cv[y][x] = c; }
static void line(int x0, int y0, int x1, int y1, char c) { int dx = abs(x1 - x0), sx = x0 < x1 ? 1 : -1, dy = -abs(y1 - y0), sy = y0 < y1 ? 1 : -1, err = dx + dy;
    for (;;) { plot(x0, y0, c); if (x0 == x1 && y0 == y1) break; int e2 = 2 * err; if (e2 >= dy) { err += dy; x0 += sx; } if (e2 <= dx) { err += dx; y0 += sy; } } }
static void circle(int cx, int cy, int r, char c) { int x = r, y = 0, e = 1 - r; while (x >= y) { plot(cx + x, cy + y, c); plot(cx - x, cy + y, c); plot(cx + x, cy - y, c); plot(cx - x, cy - y, c); plot(cx + y, cy + x, c); plot(cx - y, cy + x, c); plot(cx + y, cy - x, c); plot(cx - y, cy - x, c); y++; if (e < 0) e += 2 * y + 1; else { x--; e += 2 * (y - x) + 1; } } }
int main(void) {
    for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) cv[y][x] = '.'; cv[y][W] = 0; }
    line(0, 0, 39, 19, '\\'); line(0, 19, 39, 0, '/'); line(5, 10, 35, 10, '-'); line(20, 0, 20, 19, '|'); circle(20, 10, 8, 'o');
    for (int y = 0; y < H; y++) printf("%s\n", cv[y]);
    for (int y = 0; y < 16; y++) { for (int x = 0; x < 32; x++) putchar((x & y) == 0 ? '*' : ' '); putchar('\n'); }
    int cnt = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) cnt += cv[y][x] != '.'; printf("drawn=%d\n", cnt);
    return 0;
}
