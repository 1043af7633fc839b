/* Checks abs/labs/llabs, div/ldiv, rand with srand(42) (glibc generator), getenv of an unset variable. */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
int main(void) {
    printf("%d %d %ld %lld\n", abs(-5), abs(7), labs(-123456789012L), llabs(-9000000000000000000LL));
    printf("%d\n", abs(INT_MIN + 1));
    div_t d = div(100, 7); ldiv_t l = ldiv(-100L, 7L); printf("%d %d %ld %ld\n", d.quot, d.rem, l.quot, l.rem);
    srand(42); for (int i = 0; i < 10; i++) printf("%d ", rand()); printf("\n");
    srand(42); int hist[10] = {0}; for (int i = 0; i < 10000; i++) hist[rand() % 10]++; for (int i = 0; i < 10; i++) printf("%d ", hist[i]); printf("\n");
    srand(1); int r1 = rand(); int r2 = rand(); printf("%d %d\n", r1, r2);
    srand(42); int again = rand(); printf("again=%d RAND_MAX=%d\n", again, RAND_MAX);
    const char *e = getenv("CONFORMANCE_SURELY_UNSET_VARIABLE_XYZ_12345"); printf("getenv=%s\n", e ? e : "(null)");
    printf("MB_CUR_MAX>=1: %d\n", MB_CUR_MAX >= 1);
    printf("EXIT %d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    return 0;
}
