/* Checks _Generic selection, typeof, statement expressions, __builtin_types_compatible_p and __builtin_expect. */
#include <stdio.h>
#define TYPENAME(x) _Generic((x), _Bool: "bool", char: "char", signed char: "schar", unsigned char: "uchar", short: "short", unsigned short: "ushort", \
    int: "int", unsigned: "unsigned", long: "long", unsigned long: "ulong", long long: "llong", unsigned long long: "ullong", float: "float", double: "double", \
    long double: "ldouble", char *: "char*", const char *: "const char*", int *: "int*", default: "other")
#define MAX(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define SWAP(x, y) do { typeof(x) _t = (x); (x) = (y); (y) = _t; } while (0)
#define ABS(x) _Generic((x), int: abs_i, double: abs_d, default: abs_l)(x)
static int abs_i(int x) { return x < 0 ? -x : x; }
static double abs_d(double x) { return x < 0 ? -x : x; }
static long abs_l(long x) { return x < 0 ? -x : x; }
int main(void) {
    char c = 'a'; short s = 1; unsigned long ul = 2; float f = 1; const char *cs = "x"; int arr[3]; _Bool b = 1;
    printf("%s %s %s %s %s %s %s %s\n", TYPENAME(c), TYPENAME(s), TYPENAME(ul), TYPENAME(f), TYPENAME(cs), TYPENAME(arr), TYPENAME(b), TYPENAME(1.0L));
    printf("%s %s %s %s %s\n", TYPENAME(c + c), TYPENAME(s * 2u), TYPENAME(1 + 1L), TYPENAME(f * 2.0), TYPENAME('x'));
    int i = 3; int calls = 0; int m = MAX(i++, ({ calls++; 2; })); printf("max=%d i=%d calls=%d\n", m, i, calls);
    double x = 1.5, y = -2.5; SWAP(x, y); printf("%g %g\n", x, y);
    printf("%d %g %ld\n", ABS(-5), ABS(-2.5), ABS(-7L));
    typeof(ul) t2 = 5; printf("%s\n", TYPENAME(t2));
    int v = ({ int q = 10; for (int k = 0; k < 5; k++) q += k; q; }); printf("stmt expr=%d\n", v);
    printf("compat %d %d\n", __builtin_types_compatible_p(int, signed int), __builtin_types_compatible_p(int, long));
    int hits = 0; for (int k = 0; k < 100; k++) if (__builtin_expect(k % 10 == 0, 0)) hits++; printf("hits=%d\n", hits);
    printf("offsetof builtin %zu\n", __builtin_offsetof(struct { char a; int b; }, b));
    return 0;
}
