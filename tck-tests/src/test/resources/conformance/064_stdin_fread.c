/* Checks fread of binary-ish data from stdin in fixed-size blocks, with checksum and byte stats. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    unsigned char buf[7]; size_t n, total = 0; uint32_t adler_a = 1, adler_b = 0; int blocks = 0; unsigned maxb = 0;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        blocks++;
        for (size_t i = 0; i < n; i++) { adler_a = (adler_a + buf[i]) % 65521; adler_b = (adler_b + adler_a) % 65521; if (buf[i] > maxb) maxb = buf[i]; }
        total += n;
        printf("block %d: %zu bytes first=%02x\n", blocks, n, buf[0]);
    }
    printf("total=%zu adler32=%08x max=%u eof=%d err=%d\n", total, (adler_b << 16) | adler_a, maxb, feof(stdin) != 0, ferror(stdin) != 0);
    return 0;
}
