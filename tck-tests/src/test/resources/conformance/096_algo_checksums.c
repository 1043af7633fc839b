/* Checks CRC32 (table and bitwise), Adler-32, FNV-1a 32/64 and djb2 checksums over fixed inputs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint32_t table[256];
static void init(void) { for (uint32_t i = 0; i < 256; i++) { uint32_t c = i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1; table[i] = c; } }
static uint32_t crc32_t(const unsigned char *p, size_t n) { uint32_t c = 0xFFFFFFFFu; while (n--) c = table[(c ^ *p++) & 0xFF] ^ (c >> 8); return c ^ 0xFFFFFFFFu; }
static uint32_t crc32_b(const unsigned char *p, size_t n) { uint32_t c = 0xFFFFFFFFu; while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1))); } return ~c; }
static uint32_t adler(const unsigned char *p, size_t n) { uint32_t a = 1, b = 0; while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; } return b << 16 | a; }
static uint32_t fnv32(const unsigned char *p, size_t n) { uint32_t h = 2166136261u; while (n--) { h ^= *p++; h *= 16777619u; } return h; }
static uint64_t fnv64(const unsigned char *p, size_t n) { uint64_t h = 14695981039346656037ull; while (n--) { h ^= *p++; h *= 1099511628211ull; } return h; }
static uint32_t djb2(const unsigned char *p, size_t n) { uint32_t h = 5381; while (n--) h = h * 33 + *p++; return h; }
int main(void) {
    init();
    const char *in[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Wikipedia"};
    for (int i = 0; i < 6; i++) { const unsigned char *p = (const unsigned char *)in[i]; size_t n = strlen(in[i]);
        printf("%-45s crc=%08x/%08x adler=%08x fnv32=%08x fnv64=%016llx djb2=%08x\n", in[i], crc32_t(p, n), crc32_b(p, n), adler(p, n), fnv32(p, n), (unsigned long long)fnv64(p, n), djb2(p, n)); }
    static unsigned char big[100000]; for (size_t i = 0; i < sizeof big; i++) big[i] = (unsigned char)(i * 31 + (i >> 8));
    printf("big crc=%08x adler=%08x fnv=%08x\n", crc32_t(big, sizeof big), adler(big, sizeof big), fnv32(big, sizeof big));
    return 0;
}
