/* life: Conway's Game of Life on a small torus, printing a few generations of a glider and a blinker. */
#include <stdio.h>
#include <string.h>

#define W 20
#define H 10

static char grid[H][W], next[H][W];

static int neighbours(int y, int x) {
    int n = 0;
    for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
            if (dy || dx) {
                n += grid[(y + dy + H) % H][(x + dx + W) % W];
            }
        }
    }
    return n;
}

static void step(void) {
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
            int n = neighbours(y, x);
            next[y][x] = n == 3 || (n == 2 && grid[y][x]);
        }
    }
    memcpy(grid, next, sizeof grid);
}

static void show(int generation) {
    int alive = 0;
    printf("generation %d\n", generation);
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
            putchar(grid[y][x] ? '#' : '.');
            alive += grid[y][x];
        }
        putchar('\n');
    }
    printf("%d cells alive\n\n", alive);
}

int main(void) {
    static const int glider[][2] = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
    for (unsigned i = 0; i < sizeof glider / sizeof glider[0]; i++) {
        grid[1 + glider[i][0]][1 + glider[i][1]] = 1;
    }
    grid[5][12] = grid[5][13] = grid[5][14] = 1;
    for (int g = 0; g <= 4; g++) {
        show(g);
        step();
    }
    return 0;
}
