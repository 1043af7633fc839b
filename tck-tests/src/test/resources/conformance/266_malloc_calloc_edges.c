/* malloc, calloc and free at the edges of the runtime's inline allocation (blocks up to 64 KiB
 * are allocated in the caller's compiled code, larger ones and refused sizes by the library):
 * sizes around the limit, refused sizes and errno, calloc's overflow and zeroing, and ids
 * reused after many frees. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t sizes[] = {0, 1, 8, 65535, 65536, 65537, 1 << 20};

/* where blocks escape to, so that the compiler cannot drop an allocation it sees unused */
static void *volatile sink;

/* errno through calls of their own: clang -O2 assumes malloc leaves errno alone (its
 * declaration says it touches only memory the program cannot see) and folds a read of errno
 * after it into the value stored before it */
__attribute__((noinline)) static void clear_errno(void) { errno = 0; }
__attribute__((noinline)) static int errno_is_enomem(void) { return errno == ENOMEM; }

static unsigned long sum(const unsigned char *p, size_t n) {
    unsigned long s = 0;
    for (size_t i = 0; i < n; i++) s += p[i];
    return s;
}

int main(void) {
    for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t n = sizes[i];
        errno = 0;
        unsigned char *p = malloc(n);
        printf("malloc(%zu): %s errno %d\n", n, p != NULL || n == 0 ? "ok" : "NULL", errno);
        if (p != NULL && n > 0) {
            memset(p, 0xAB, n);
            printf("  last byte %d\n", p[n - 1]);
        }
        free(p);
        errno = 0;
        unsigned char *z = calloc(n, 1);
        printf("calloc(%zu, 1): %s sum %lu errno %d\n", n, z != NULL || n == 0 ? "ok" : "NULL", z ? sum(z, n) : 0, errno);
        free(z);
        z = calloc(1, n);
        printf("calloc(1, %zu): sum %lu\n", n, z ? sum(z, n) : 0);
        free(z);
    }

    volatile size_t huge = SIZE_MAX, half = SIZE_MAX / 2 + 1, three = 3, big = 1UL << 40;
    clear_errno();
    void *r = sink = malloc(huge);
    printf("malloc(SIZE_MAX): %s errno ENOMEM %d\n", r == NULL ? "NULL" : "ok", errno_is_enomem());
    clear_errno();
    r = sink = calloc(half, three);
    printf("calloc(SIZE_MAX/2+1, 3): %s errno ENOMEM %d\n", r == NULL ? "NULL" : "ok", errno_is_enomem());
    clear_errno();
    r = sink = calloc(big, big);
    printf("calloc(2^40, 2^40): %s errno ENOMEM %d\n", r == NULL ? "NULL" : "ok", errno_is_enomem());
    free(NULL);

    /* many short-lived blocks, so freed blocks' ids come round again: every calloc'd block must
     * be zero although the block before it with the same id was written */
    unsigned long bad = 0, total = 0;
    for (int i = 0; i < 150000; i++) {
        size_t n = 1 + (size_t)(i % 97);
        unsigned char *c = calloc(n, 1);
        if (c == NULL) return 1;
        bad += sum(c, n);
        memset(c, i & 0xFF, n);
        total += c[n - 1];
        unsigned char *m = malloc(n);
        if (m == NULL) return 1;
        memcpy(m, c, n);
        total += m[0];
        free(c);
        free(m);
    }
    printf("zeroed: %s, total %lu\n", bad == 0 ? "yes" : "no", total);

    /* a block kept across all that is intact, and realloc keeps what a malloc'd block held */
    char *keep = malloc(16);
    strcpy(keep, "still here");
    for (int i = 0; i < 100000; i++) free(malloc(24));
    keep = realloc(keep, 70000);
    printf("%s, %d\n", keep, keep[9]);
    free(keep);
    return 0;
}
