/* Checks memset/memcpy-like loops, reversal, char array loops, strlen-like loops that compilers turn into intrinsics. */
#include <stdio.h>
#include <string.h>
#define N 777
__attribute__((noinline)) static void my_memset(unsigned char *d, int v, int n) { for (int i = 0; i < n; i++) d[i] = (unsigned char)v; }
__attribute__((noinline)) static void my_memcpy(unsigned char *d, const unsigned char *s, int n) { for (int i = 0; i < n; i++) d[i] = s[i]; }
__attribute__((noinline)) static void zero_ints(int *a, int n) { for (int i = 0; i < n; i++) a[i] = 0; }
__attribute__((noinline)) static int my_strlen(const char *s) { int n = 0; while (s[n]) n++; return n; }
__attribute__((noinline)) static void rev(unsigned char *a, int n) { for (int i = 0, j = n - 1; i < j; i++, j--) { unsigned char t = a[i]; a[i] = a[j]; a[j] = t; } }
__attribute__((noinline)) static void to_upper(char *s, int n) { for (int i = 0; i < n; i++) s[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i]; }
__attribute__((noinline)) static int count_char(const char *s, int n, char c) { int k = 0; for (int i = 0; i < n; i++) k += s[i] == c; return k; }
__attribute__((noinline)) static void shift_left(int *a, int n) { for (int i = 0; i < n - 1; i++) a[i] = a[i + 1]; }
__attribute__((noinline)) static void shift_right(int *a, int n) { for (int i = n - 1; i > 0; i--) a[i] = a[i - 1]; }
__attribute__((noinline)) static void add_bytes(unsigned char *a, const unsigned char *b, int n) { for (int i = 0; i < n; i++) a[i] = (unsigned char)(a[i] + b[i]); }
static unsigned sig(const unsigned char *a, int n) { unsigned h = 0; for (int i = 0; i < n; i++) h = h * 33 ^ a[i]; return h; }
int main(void) {
    static unsigned char a[N], b[N]; for (int i = 0; i < N; i++) a[i] = (unsigned char)(i * 13);
    my_memcpy(b, a, N); printf("copy eq=%d sig=%u\n", memcmp(a, b, N) == 0, sig(b, N));
    my_memset(b + 5, 0x7E, 300); printf("set sig=%u\n", sig(b, N));
    rev(b, N); printf("rev sig=%u first=%u last=%u\n", sig(b, N), b[0], b[N - 1]);
    add_bytes(b, a, N); printf("add sig=%u\n", sig(b, N));
    int ints[N]; for (int i = 0; i < N; i++) ints[i] = i; shift_left(ints, N); printf("%d %d %d\n", ints[0], ints[N - 2], ints[N - 1]);
    shift_right(ints, N); printf("%d %d %d\n", ints[0], ints[1], ints[N - 1]);
    zero_ints(ints + 10, 100); long s = 0; for (int i = 0; i < N; i++) s += ints[i]; printf("sum=%ld\n", s);
    char text[] = "the quick brown fox jumps over the lazy dog, again and again and again";
    int n = my_strlen(text); to_upper(text, n); printf("%d %s a=%d A=%d\n", n, text, count_char(text, n, 'a'), count_char(text, n, 'A'));
    return 0;
}
