/* Checks double-precision iteration by rendering a small ASCII Mandelbrot set (escape counts). */
#include <stdio.h>
int main(void) {
    const char *pal = " .:-=+*#%@";
    long total = 0;
    for (int row = 0; row < 24; row++) {
        double ci = 1.2 - row * 0.1;
        for (int col = 0; col < 64; col++) {
            double cr = -2.1 + col * 0.046875, zr = 0, zi = 0; int it = 0;
            while (it < 200 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; it++; }
            total += it; putchar(pal[it >= 200 ? 9 : it % 9]);
        }
        putchar('\n');
    }
    printf("total iterations=%ld\n", total);
    return 0;
}
