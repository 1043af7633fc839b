/* Checks wide character basics in the C locale: wchar_t arrays, wcslen, wcscpy, wcscmp, wcschr, wmemset, and %ls of ASCII text. */
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>
int main(void) {
    wchar_t w[32] = L"Wide String";
    printf("len=%zu sizeof(wchar_t)=%zu\n", wcslen(w), sizeof(wchar_t));
    wchar_t c[32]; wcscpy(c, w); wcscat(c, L"!!"); printf("%ls\n", c);
    printf("cmp %d %d\n", wcscmp(w, c) < 0, wcsncmp(w, c, 5) == 0);
    wchar_t *p = wcschr(c, L'S'); printf("chr %ls\n", p);
    wmemset(c, L'x', 4); printf("%ls\n", c);
    int up = 0; for (size_t i = 0; w[i]; i++) up += iswupper((wint_t)w[i]) != 0; printf("upper=%d\n", up);
    for (size_t i = 0; w[i]; i++) w[i] = (wchar_t)towupper((wint_t)w[i]); printf("%ls\n", w);
    wchar_t buf[40]; swprintf(buf, 40, L"%d-%ls-%.2f", 42, L"ok", 1.5); printf("%ls\n", buf);
    long v = wcstol(L"  -12345rest", &p, 10); printf("wcstol=%ld rest=%ls\n", v, p);
    printf("L'A'=%d\n", (int)L'A');
    return 0;
}
