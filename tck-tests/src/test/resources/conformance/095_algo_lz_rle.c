/* Checks LZ77-style compression and RLE with exact round-trip and compressed sizes. */
#include <stdio.h>
#include <string.h>
static size_t lz_compress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < n) { size_t best_len = 0, best_off = 0; size_t start = i > 255 ? i - 255 : 0;
        for (size_t j = start; j < i; j++) { size_t l = 0; while (l < 255 && i + l < n && in[j + l] == in[i + l]) l++; if (l > best_len) { best_len = l; best_off = i - j; } }
        if (best_len >= 3) { out[o++] = 1; out[o++] = (unsigned char)best_off; out[o++] = (unsigned char)best_len; i += best_len; }
        else { out[o++] = 0; out[o++] = in[i++]; } }
    return o; }
static size_t lz_decompress(const unsigned char *in, size_t n, unsigned char *out) {
    size_t i = 0, o = 0; while (i < n) { if (in[i] == 0) { out[o++] = in[i + 1]; i += 2; } else { size_t off = in[i + 1], len = in[i + 2]; for (size_t k = 0; k < len; k++) { out[o] = out[o - off]; o++; } i += 3; } } return o; }
static size_t rle(const unsigned char *in, size_t n, unsigned char *out) { size_t o = 0; for (size_t i = 0; i < n;) { size_t r = 1; while (i + r < n && in[i + r] == in[i] && r < 255) r++; out[o++] = (unsigned char)r; out[o++] = in[i]; i += r; } return o; }
static size_t unrle(const unsigned char *in, size_t n, unsigned char *out) { size_t o = 0; for (size_t i = 0; i < n; i += 2) for (int k = 0; k < in[i]; k++) out[o++] = in[i + 1]; return o; }
int main(void) {
    static unsigned char src[4096], cmp[9000], dec[4096];
    const char *samples[] = {"abcabcabcabcabcabcabcabc", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "the rain in spain stays mainly in the plain; the rain in spain", "no repeats here!", ""};
    for (int s = 0; s < 5; s++) {
        size_t n = strlen(samples[s]); memcpy(src, samples[s], n);
        size_t c = lz_compress(src, n, cmp); size_t d = lz_decompress(cmp, c, dec);
        size_t r = rle(src, n, cmp); size_t u = unrle(cmp, r, dec + 2048);
        printf("in=%zu lz=%zu ok=%d rle=%zu ok=%d\n", n, c, d == n && !memcmp(src, dec, n), r, u == n && !memcmp(src, dec + 2048, n));
    }
    size_t n = 3000; for (size_t i = 0; i < n; i++) src[i] = (unsigned char)("ABCD"[(i * i / 7) % 4]);
    size_t c = lz_compress(src, n, cmp); size_t d = lz_decompress(cmp, c, dec);
    unsigned h = 0; for (size_t i = 0; i < c; i++) h = h * 131 + cmp[i];
    printf("big in=%zu lz=%zu ok=%d hash=%u\n", n, c, d == n && !memcmp(src, dec, n), h);
    return 0;
}
