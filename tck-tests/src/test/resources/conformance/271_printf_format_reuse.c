/* printf formats used over and over, and formats whose memory changes between calls: a buffer
 * rewritten in place, many formats at once, star widths and precisions from each call's
 * arguments, and a format ending in the middle of a specification. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>

int main(void) {
    char fmt[64];
    char out[256];
    long total = 0;

    /* the same buffer, rewritten at the same address between calls */
    strcpy(fmt, "[%d|%x]");
    for (int i = 0; i < 3; i++) {
        total += sprintf(out, fmt, -i - 7, 255 + i);
        printf("%s\n", out);
    }
    fmt[2] = 'u';
    total += sprintf(out, fmt, -7, 255);
    printf("%s\n", out);
    strcpy(fmt, "[%5.2s|%-4c]");
    total += sprintf(out, fmt, "abcdef", 'q');
    printf("%s\n", out);
    strcpy(fmt, "[%d|%x]");
    total += sprintf(out, fmt, 12, 12);
    printf("%s\n", out);

    /* more formats than any small cache holds, each used twice */
    char *fmts[100];
    for (int k = 0; k < 100; k++) {
        fmts[k] = malloc(32);
        sprintf(fmts[k], "<%%0%dd:%%.%dx:%d>", k % 9 + 1, k % 5, k);
    }
    for (int round = 0; round < 2; round++) {
        long h = 0;
        for (int k = 0; k < 100; k++) {
            int n = sprintf(out, fmts[k], k * 37 - 500, k * 1013);
            for (int c = 0; c < n; c++) {
                h = h * 31 + (unsigned char)out[c];
            }
            total += n;
        }
        printf("round %d: %ld\n", round, h);
    }
    printf("%s %s %s\n", fmts[0], fmts[57], fmts[99]);
    for (int k = 0; k < 100; k++) {
        free(fmts[k]);
    }

    /* widths and precisions from the arguments change from call to call */
    for (int w = -6; w <= 6; w += 3) {
        printf("[%*d|%.*d|%*.*x]\n", w, 42, w, 7, w, w < 0 ? 0 : w, 0xab);
    }

    /* a format cut off after '%' and a flag, twice from the same buffer: what came before is
     * output, and the call fails with EINVAL */
    strcpy(fmt, "tail %d %-");
    for (int i = 0; i < 2; i++) {
        errno = 0;
        int n = printf(fmt, i);
        printf("| %d %d\n", n, errno);
        memset(out, 'Z', 16);
        errno = 0;
        n = sprintf(out, fmt, i + 10);
        printf("[%s] %d %d\n", out, n, errno);
        errno = 0;
        n = snprintf(out, 6, fmt, i + 20);
        printf("[%s] %d %d\n", out, n, errno);
    }
    /* conversions glibc does not know are printed back in its own spelling */
    const char *unknown[] = {"a%y|", "a%-5y|", "a%ly|", "a%5ly|", "a%lhy|", "a%#+ 08.3hy|", "a%'y|", "a%Iy|", "a%*y|", "a%.*y|", "a%-*y|"};
    for (int k = 0; k < 11; k++) {
        strcpy(fmt, unknown[k]);
        for (int i = 0; i < 2; i++) {
            int n = printf(fmt, -3 - i, 4);
            printf(" %d\n", n);
        }
    }
    /* after an unknown conversion glibc prints a specification cut off by the end as written */
    const char *cut[] = {"a%y%", "a%y%-", "a%y b%5", "%ly%", "a%y%d%", "a%c%y%.*"};
    for (int k = 0; k < 6; k++) {
        strcpy(fmt, cut[k]);
        errno = 0;
        int n = printf(fmt, 51, 4);
        printf(" %d %d\n", n, errno);
    }
    /* 'q' asks for a long double, 'Z' for a size_t, as in glibc */
    strcpy(fmt, "%.3qf %Zu %Zx\n");
    printf(fmt, (long double)2.5, (size_t)77, (size_t)255);
    /* %n counts what the cached format produced so far */
    int before = 0, after = 0;
    for (int i = 0; i < 2; i++) {
        printf("ab%ncd%d%n\n", &before, i * 1000, &after);
        printf("%d %d\n", before, after);
    }
    printf("total %ld\n", total);
    return 0;
}
