/* Checks restrict-qualified parameters (with non-aliasing calls), static inline functions and noinline helpers. */
#include <stdio.h>
static inline int sq(int x) { return x * x; }
static inline __attribute__((always_inline)) int cube(int x) { return x * sq(x); }
__attribute__((noinline)) static int opaque_add(int a, int b) { return a + b; }
__attribute__((noinline)) static void vadd(int n, int *restrict out, const int *restrict a, const int *restrict b) { for (int i = 0; i < n; i++) out[i] = a[i] + b[i] * 2; }
__attribute__((noinline)) static void scale(int n, double *restrict d, const double *restrict s, double k) { for (int i = 0; i < n; i++) d[i] = s[i] * k; }
__attribute__((noinline)) static void copy_add(char *restrict dst, const char *restrict src, size_t n) { for (size_t i = 0; i < n; i++) dst[i] = (char)(src[i] + 1); }
inline static long lmax(long a, long b) { return a > b ? a : b; }
__attribute__((noinline)) static int count_calls(void) { static int c; return ++c; }
int main(void) {
    int a[50], b[50], o[50]; for (int i = 0; i < 50; i++) { a[i] = i; b[i] = 50 - i; }
    vadd(50, o, a, b); long s = 0; for (int i = 0; i < 50; i++) s += o[i]; printf("vadd sum=%ld o[7]=%d\n", s, o[7]);
    double d[20], src[20]; for (int i = 0; i < 20; i++) src[i] = i * 0.5; scale(20, d, src, 3.0); printf("scale %g %g\n", d[3], d[19]);
    char t[] = "HAL"; char r[4] = {0}; copy_add(r, t, 3); printf("%s\n", r);
    int tot = 0; for (int i = -5; i <= 5; i++) tot = opaque_add(tot, cube(i) + sq(i)); printf("tot=%d\n", tot);
    printf("lmax=%ld\n", lmax(-3, 7));
    for (int i = 0; i < 3; i++) count_calls(); printf("calls=%d\n", count_calls());
    return 0;
}
