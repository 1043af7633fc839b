/* Checks loops over signed/unsigned char arrays: histograms, caesar/rot13, case folding, byte sums and char comparisons. */
#include <stdio.h>
#include <string.h>
int main(void) {
    char text[] = "Hello, World! The Quick Brown Fox Jumps Over The Lazy Dog. 0123456789 ~!@#";
    size_t n = strlen(text);
    int hist[26] = {0}; for (size_t i = 0; i < n; i++) { char c = text[i]; if (c >= 'a' && c <= 'z') hist[c - 'a']++; else if (c >= 'A' && c <= 'Z') hist[c - 'A']++; }
    for (int i = 0; i < 26; i++) if (hist[i]) printf("%c%d ", 'a' + i, hist[i]); printf("\n");
    char rot[sizeof text]; for (size_t i = 0; i <= n; i++) { char c = text[i]; rot[i] = (c >= 'a' && c <= 'z') ? (char)('a' + (c - 'a' + 13) % 26) : (c >= 'A' && c <= 'Z') ? (char)('A' + (c - 'A' + 13) % 26) : c; }
    printf("%s\n", rot);
    for (int k = 1; k < 26; k += 8) { char cz[sizeof text]; for (size_t i = 0; i <= n; i++) { unsigned char c = (unsigned char)text[i]; cz[i] = (char)(c >= 32 && c < 127 ? 32 + (c - 32 + k) % 95 : c); } printf("shift %2d: %s\n", k, cz); }
    signed char sc[64]; unsigned char uc[64]; for (int i = 0; i < 64; i++) { sc[i] = (signed char)(i * 9 - 200); uc[i] = (unsigned char)(i * 9 - 200); }
    int ssum = 0, usum = 0, neg = 0; for (int i = 0; i < 64; i++) { ssum += sc[i]; usum += uc[i]; neg += sc[i] < 0; } printf("ssum=%d usum=%d neg=%d\n", ssum, usum, neg);
    signed char mx = -128; unsigned char umn = 255; for (int i = 0; i < 64; i++) { if (sc[i] > mx) mx = sc[i]; if (uc[i] < umn) umn = uc[i]; } printf("max=%d umin=%u\n", mx, umn);
    char plain = (char)0xE9; printf("char is signed: %d\n", plain < 0);
    return 0;
}
