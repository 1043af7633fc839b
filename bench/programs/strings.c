/* strings: libc-heavy: sprintf, strlen, strcmp, memcpy, strcat and qsort of strings. */
#define BENCH_NAME "strings"
#include "bench.h"
#include <string.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static double bench_work(int n) {
    enum { COUNT = 4000 };
    char **words = malloc(COUNT * sizeof(char *));
    char buf[128];
    uint64_t h = 1469598103934665603ull;
    uint32_t seed = 12345;
    for (int round = 0; round < n; round++) {
        for (int i = 0; i < COUNT; i++) {
            seed = seed * 1103515245u + 12345u;
            int len = sprintf(buf, "w%u-%d:%x", (seed >> 8) % 100000, i % 97, seed & 0xfff);
            if ((seed >> 4) & 1) { strcat(buf, "-tail"); len += 5; }
            if ((int)strlen(buf) != len) return -1;
            words[i] = malloc(len + 1);
            memcpy(words[i], buf, len + 1);
        }
        qsort(words, COUNT, sizeof(char *), cmp);
        for (int i = 0; i < COUNT; i++) {
            if (i > 0 && strcmp(words[i - 1], words[i]) > 0) return -2;
            size_t l = strlen(words[i]);
            h = (h ^ l ^ (unsigned char)words[i][l / 2]) * 1099511628211ull;
        }
        for (int i = 0; i < COUNT; i++) free(words[i]);
    }
    free(words);
    return (double)(h % 1000000007ull);
}
