/* Checks setjmp/longjmp as an exception mechanism with a handler stack, resource cleanup and nested try blocks. */
#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
static jmp_buf *handlers[16]; static int nh; static int exc_code;
#define TRY { jmp_buf _jb; handlers[nh++] = &_jb; int _c = setjmp(_jb); if (_c == 0) {
#define CATCH(e) nh--; } else { nh--; int e = _c;
#define END } }
static void throw_(int code) { exc_code = code; longjmp(*handlers[nh - 1], code); }
static int allocated;
static void *tracked_alloc(size_t n) { allocated++; return malloc(n); }
static void tracked_free(void *p) { allocated--; free(p); }
static int parse_digit(char c) { if (c < '0' || c > '9') throw_(100 + c); return c - '0'; }
static int parse_number(const char *s) { int v = 0; for (; *s; s++) v = v * 10 + parse_digit(*s); return v; }
static int risky(int depth) { if (depth == 0) throw_(7); char *volatile buf = tracked_alloc(16); int r = 0; TRY r = risky(depth - 1); CATCH(e) tracked_free(buf); throw_(e + 1); END tracked_free(buf); return r; }
int main(void) {
    const char *inputs[] = {"123", "45x6", "", "9999", "-1"};
    for (int i = 0; i < 5; i++) { TRY printf("parse(%s)=%d\n", inputs[i], parse_number(inputs[i])); CATCH(e) printf("parse(%s) failed code=%d ('%c')\n", inputs[i], e, e - 100); END }
    TRY risky(5); printf("not reached\n"); CATCH(e) printf("risky caught %d allocated=%d\n", e, allocated); END
    TRY TRY throw_(1); CATCH(e) printf("inner caught %d, rethrowing\n", e); throw_(e * 10); END CATCH(e) printf("outer caught %d\n", e); END
    printf("handlers left=%d last=%d\n", nh, exc_code);
    return 0;
}
