/* Checks a small recursive JSON parser: objects, arrays, strings with escapes, numbers, literals; pretty-prints and reports errors. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
static const char *p; static int err;
static void ws(void) { while (isspace((unsigned char)*p)) p++; }
static void indent(int d) { for (int i = 0; i < d; i++) printf("  "); }
static void value(int d);
static void string(void) { p++; putchar('"'); while (*p && *p != '"') { if (*p == '\\') { p++; switch (*p) { case 'n': printf("\\n"); break; case 't': printf("\\t"); break; case '"': printf("\\\""); break; case '\\': printf("\\\\"); break; case 'u': printf("\\u%.4s", p + 1); p += 4; break; default: err = 1; } p++; } else putchar(*p++); } if (*p != '"') err = 2; else p++; putchar('"'); }
static void number(void) { char *e; double v = strtod(p, &e); if (e == p) { err = 3; return; } p = e; printf("%.15g", v); }
static void array(int d) { p++; ws(); if (*p == ']') { p++; printf("[]"); return; } printf("[\n"); for (;;) { indent(d + 1); value(d + 1); if (err) return; ws(); if (*p == ',') { p++; printf(",\n"); continue; } if (*p == ']') { p++; break; } err = 4; return; } printf("\n"); indent(d); printf("]"); }
static void object(int d) { p++; ws(); if (*p == '}') { p++; printf("{}"); return; } printf("{\n"); for (;;) { ws(); indent(d + 1); if (*p != '"') { err = 5; return; } string(); ws(); if (*p != ':') { err = 6; return; } p++; printf(": "); value(d + 1); if (err) return; ws(); if (*p == ',') { p++; printf(",\n"); continue; } if (*p == '}') { p++; break; } err = 7; return; } printf("\n"); indent(d); printf("}"); }
static int lit(const char *w) { int i = 0; while (w[i] && p[i] == w[i]) i++; if (w[i]) return 0; p += i; printf("%s", w); return 1; }
static void value(int d) { ws(); if (*p == '{') object(d); else if (*p == '[') array(d); else if (*p == '"') string(); else if (*p == '-' || isdigit((unsigned char)*p)) number(); else if (!lit("true") && !lit("false") && !lit("null")) err = 8; }
static void parse(const char *s) { p = s; err = 0; value(0); ws(); if (!err && *p) err = 9; printf("\n=> %s (err=%d)\n", err ? "INVALID" : "valid", err); }
int main(void) {
    parse("{\"name\": \"conformance\", \"version\": 1.5, \"tags\": [\"c\", \"llvm\", \"truffle\"], \"nested\": {\"a\": [1, 2, {\"b\": null}], \"ok\": true, \"no\": false}, \"esc\": \"line\\nnext \\\"q\\\" \\u00e9\"}");
    parse("[1, -2.5e3, 0.001, [], {}, [[[]]]]");
    parse("{\"unterminated\": [1, 2}");
    parse("[1 2]");
    parse("\"just a string\"");
    parse("nul");
    return 0;
}
