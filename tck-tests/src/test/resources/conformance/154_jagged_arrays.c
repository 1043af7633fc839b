/* Checks jagged 2D arrays built with malloc (Pascal's triangle), arrays of char* grown with realloc, and 3D pointer arrays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    int rows = 15; long **tri = malloc((size_t)rows * sizeof *tri);
    for (int r = 0; r < rows; r++) { tri[r] = malloc((size_t)(r + 1) * sizeof **tri); tri[r][0] = tri[r][r] = 1; for (int c = 1; c < r; c++) tri[r][c] = tri[r - 1][c - 1] + tri[r - 1][c]; }
    for (int r = 0; r < rows; r += 2) { for (int c = 0; c <= r; c++) printf("%ld ", tri[r][c]); printf("\n"); }
    for (int r = 0; r < rows; r++) free(tri[r]); free(tri);
    char **lines = NULL; size_t n = 0;
    for (int i = 0; i < 12; i++) { lines = realloc(lines, (n + 1) * sizeof *lines); char tmp[32]; snprintf(tmp, sizeof tmp, "line-%02d-%.*s", i, i % 5, "xxxxx"); lines[n] = malloc(strlen(tmp) + 1); strcpy(lines[n], tmp); n++; }
    size_t total = 0; for (size_t i = 0; i < n; i++) { total += strlen(lines[i]); if (i % 4 == 0) printf("%s\n", lines[i]); } printf("total=%zu\n", total);
    for (size_t i = 0; i < n; i++) free(lines[i]); free(lines);
    int X = 3, Y = 4, Z = 5; int ***cube = malloc((size_t)X * sizeof *cube);
    for (int i = 0; i < X; i++) { cube[i] = malloc((size_t)Y * sizeof **cube); for (int j = 0; j < Y; j++) { cube[i][j] = malloc((size_t)Z * sizeof ***cube); for (int k = 0; k < Z; k++) cube[i][j][k] = i * 100 + j * 10 + k; } }
    long s = 0; for (int i = 0; i < X; i++) for (int j = 0; j < Y; j++) for (int k = 0; k < Z; k++) s += cube[i][j][k]; printf("cube sum=%ld corner=%d\n", s, cube[2][3][4]);
    for (int i = 0; i < X; i++) { for (int j = 0; j < Y; j++) free(cube[i][j]); free(cube[i]); } free(cube);
    return 0;
}
