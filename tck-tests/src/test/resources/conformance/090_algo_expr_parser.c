/* Checks a recursive-descent expression parser/interpreter with variables, precedence, unary minus and errors. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>
static const char *p; static int err; static long vars[26];
static long expr(void);
static void ws(void) { while (*p == ' ') p++; }
static long primary(void) { ws();
    if (*p == '(') { p++; long v = expr(); ws(); if (*p == ')') p++; else err = 1; return v; }
    if (*p == '-') { p++; return -primary(); }
    if (isdigit((unsigned char)*p)) { long v = 0; while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0'); return v; }
    if (islower((unsigned char)*p)) return vars[*p++ - 'a'];
    err = 2; return 0; }
static long power(void) { long b = primary(); ws(); if (*p == '^') { p++; long e = power(); long r = 1; for (long i = 0; i < e; i++) r *= b; return r; } return b; }
static long term(void) { long v = power(); for (;;) { ws(); char op = *p; if (op != '*' && op != '/' && op != '%') return v; p++; long r = power(); if ((op == '/' || op == '%') && r == 0) { err = 3; return 0; } v = op == '*' ? v * r : op == '/' ? v / r : v % r; } }
static long expr(void) { long v = term(); for (;;) { ws(); if (*p == '+') { p++; v += term(); } else if (*p == '-') { p++; v -= term(); } else return v; } }
static void run(const char *line) {
    p = line; err = 0; int assign = -1;
    if (islower((unsigned char)line[0]) && line[1] == '=') { assign = line[0] - 'a'; p += 2; }
    long v = expr(); ws(); if (*p && !err) err = 4;
    if (err) printf("%-24s -> error %d\n", line, err);
    else { if (assign >= 0) vars[assign] = v; printf("%-24s -> %ld\n", line, v); }
}
int main(void) {
    const char *lines[] = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 3", "100 % 7 * -2", "x=5", "y=x*x - 3", "x + y * 2",
                           "((((7))))", "2 * (3 + 4) * (5 - 1)", "10 / 0", "3 +", "4 4", "z=2^20", "z / 1024 - y", "-(-(-3))", "1-2-3-4", "a"};
    for (unsigned i = 0; i < sizeof lines / sizeof lines[0]; i++) run(lines[i]);
    return 0;
}
