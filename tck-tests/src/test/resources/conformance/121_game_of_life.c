/* Checks Conway's game of life on a small torus: glider and blinker evolution printed for several generations. */
#include <stdio.h>
#include <string.h>
#define W 16
#define H 10
static unsigned char g[H][W], n2[H][W];
static void step(void) { for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { int c = 0;
        for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) if (dy || dx) c += g[(y + dy + H) % H][(x + dx + W) % W];
        n2[y][x] = (unsigned char)(c == 3 || (c == 2 && g[y][x])); } memcpy(g, n2, sizeof g); }
static void show(int gen) { int pop = 0; printf("gen %d\n", gen); for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) { putchar(g[y][x] ? '#' : '.'); pop += g[y][x]; } putchar('\n'); } printf("pop=%d\n", pop); }
int main(void) {
    g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1; /* glider */
    g[5][10] = g[5][11] = g[5][12] = 1; /* blinker */
    g[7][3] = g[7][4] = g[8][3] = g[8][4] = 1; /* block */
    for (int gen = 0; gen <= 8; gen++) { if (gen % 4 == 0) show(gen); step(); }
    for (int gen = 9; gen < 200; gen++) step();
    int pop = 0; unsigned h = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { pop += g[y][x]; h = h * 3 + g[y][x]; } printf("gen 200 pop=%d hash=%u\n", pop, h);
    return 0;
}
