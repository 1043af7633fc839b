/* Checks floating-point numerics: iterative radix-2 FFT/IFFT round trip, Simpson integration and Newton root finding (printed to 9 digits). */
#include <stdio.h>
#include <math.h>
#include <complex.h>
static void fft(double complex *a, int n, int inv) {
    for (int i = 1, j = 0; i < n; i++) { int bit = n >> 1; for (; j & bit; bit >>= 1) j ^= bit; j ^= bit; if (i < j) { double complex t = a[i]; a[i] = a[j]; a[j] = t; } }
    for (int len = 2; len <= n; len <<= 1) { double ang = 2 * M_PI / len * (inv ? -1 : 1); double complex wl = cos(ang) + sin(ang) * I;
        for (int i = 0; i < n; i += len) { double complex w = 1; for (int j = 0; j < len / 2; j++) { double complex u = a[i + j], v = a[i + j + len / 2] * w; a[i + j] = u + v; a[i + j + len / 2] = u - v; w *= wl; } } }
    if (inv) for (int i = 0; i < n; i++) a[i] /= n;
}
static double f(double x) { return sin(x) * exp(-x / 4); }
int main(void) {
    double complex a[16]; for (int i = 0; i < 16; i++) a[i] = (i % 4) - 1.5 + (i == 3 ? 2.0 : 0.0);
    fft(a, 16, 0); for (int i = 0; i < 16; i++) printf("%d: %.9f %.9f\n", i, creal(a[i]) + 0.0, cimag(a[i]) + 0.0);
    fft(a, 16, 1); double err = 0; for (int i = 0; i < 16; i++) { double orig = (i % 4) - 1.5 + (i == 3 ? 2.0 : 0.0); err = fmax(err, cabs(a[i] - orig)); } printf("roundtrip err<1e-12: %d\n", err < 1e-12);
    for (int n = 2; n <= 256; n *= 4) { double h = M_PI / n, s = f(0) + f(M_PI); for (int i = 1; i < n; i++) s += f(i * h) * (i % 2 ? 4 : 2); printf("simpson n=%d %.9f\n", n, s * h / 3); }
    double x = 1.0; for (int i = 0; i < 8; i++) { x -= (x * x * x - 2 * x - 5) / (3 * x * x - 2); printf("newton %d %.12f\n", i, x); }
    return 0;
}
