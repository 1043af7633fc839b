/* Checks BFS shortest path in a grid maze with path marking, plus flood-fill region counting via DFS recursion. */
#include <stdio.h>
#include <string.h>
static char maze[][22] = {
    "#####################", "#S....#.......#.....#", "#.##.##.#####.#.###.#", "#.#......#...#...#..#", "#.#.####.#.#.#####.##",
    "#...#....#.#.......E#", "###.#.####.#######.##", "#...#......#.......#.", "#####################"};
static int H = 9, W = 21, dist[9][21], pr[9][21];
static int fill(char g[9][22], int y, int x) { if (y < 0 || y >= H || x < 0 || x >= W || g[y][x] != '.') return 0; g[y][x] = 'o'; return 1 + fill(g, y + 1, x) + fill(g, y - 1, x) + fill(g, y, x + 1) + fill(g, y, x - 1); }
int main(void) {
    int sy = 0, sx = 0, ey = 0, ex = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { dist[y][x] = -1; if (maze[y][x] == 'S') { sy = y; sx = x; } if (maze[y][x] == 'E') { ey = y; ex = x; } }
    int q[400], h = 0, t = 0; q[t++] = sy * W + sx; dist[sy][sx] = 0; int dy[] = {1, -1, 0, 0}, dx[] = {0, 0, 1, -1};
    while (h < t) { int c = q[h++], y = c / W, x = c % W; for (int d = 0; d < 4; d++) { int ny = y + dy[d], nx = x + dx[d]; if (ny < 0 || ny >= H || nx < 0 || nx >= W || maze[ny][nx] == '#' || dist[ny][nx] >= 0) continue; dist[ny][nx] = dist[y][x] + 1; pr[ny][nx] = c; q[t++] = ny * W + nx; } }
    printf("shortest=%d visited=%d\n", dist[ey][ex], t);
    for (int c = pr[ey][ex]; c != sy * W + sx; c = pr[c / W][c % W]) maze[c / W][c % W] = '*';
    for (int y = 0; y < H; y++) printf("%s\n", maze[y]);
    char g[9][22]; memcpy(g, maze, sizeof g); for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) if (g[y][x] == '*' || g[y][x] == 'S' || g[y][x] == 'E') g[y][x] = '#';
    int regions = 0; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { int sz = fill(g, y, x); if (sz) { regions++; printf("region %d at (%d,%d) size %d\n", regions, y, x, sz); } }
    return 0;
}
