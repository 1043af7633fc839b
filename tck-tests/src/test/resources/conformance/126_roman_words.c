/* Checks number formatting routines: Roman numerals both ways, English number words, and integer to string in bases 2..36. */
#include <stdio.h>
#include <string.h>
static void roman(int n, char *out) { static const int v[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}; static const char *s[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    out[0] = 0; for (int i = 0; i < 13; i++) while (n >= v[i]) { strcat(out, s[i]); n -= v[i]; } }
static int unroman(const char *s) { int r = 0; for (int i = 0; s[i]; i++) { int a = strchr("IVXLCDM", s[i]) - "IVXLCDM", b = s[i + 1] ? (int)(strchr("IVXLCDM", s[i + 1]) - "IVXLCDM") : -1;
        static const int val[] = {1, 5, 10, 50, 100, 500, 1000}; r += (b > a) ? -val[a] : val[a]; } return r; }
static const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
static void words(long n, char *o) { char t[256] = ""; if (n < 20) strcpy(t, ones[n]); else if (n < 100) { strcpy(t, tens[n / 10]); if (n % 10) { strcat(t, "-"); strcat(t, ones[n % 10]); } }
    else if (n < 1000) { sprintf(t, "%s hundred", ones[n / 100]); if (n % 100) { char r[128]; words(n % 100, r); strcat(t, " and "); strcat(t, r); } }
    else { static const char *sc[] = {"thousand", "million", "billion"}; long d = 1000; int k = 0; while (n / d >= 1000) { d *= 1000; k++; } char a[128], b[128]; words(n / d, a); sprintf(t, "%s %s", a, sc[k]); if (n % d) { words(n % d, b); strcat(t, n % d < 100 ? " and " : " "); strcat(t, b); } }
    strcpy(o, t); }
static void tobase(unsigned long long v, int base, char *o) { char t[70]; int i = 0; do { t[i++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % (unsigned)base]; v /= (unsigned)base; } while (v); int k = 0; while (i) o[k++] = t[--i]; o[k] = 0; }
int main(void) {
    int ns[] = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666}; char buf[256];
    for (int i = 0; i < 12; i++) { roman(ns[i], buf); printf("%d = %s = %d\n", ns[i], buf, unroman(buf)); }
    long ws[] = {0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321, 2147483647};
    for (int i = 0; i < 14; i++) { words(ws[i], buf); printf("%ld: %s\n", ws[i], buf); }
    for (int b = 2; b <= 36; b += 5) { tobase(18446744073709551615ull, b, buf); printf("base %d: %s\n", b, buf); }
    return 0;
}
