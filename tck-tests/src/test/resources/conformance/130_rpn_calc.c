/* Checks a shunting-yard infix-to-RPN converter and an RPN evaluator over doubles, with printed RPN strings. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <stdlib.h>
static int prec(char o) { return o == '^' ? 3 : (o == '*' || o == '/') ? 2 : (o == '+' || o == '-') ? 1 : 0; }
static void to_rpn(const char *in, char *out) { char st[64]; int sp = 0; out[0] = 0;
    for (const char *p = in; *p; p++) { if (*p == ' ') continue;
        if (isdigit((unsigned char)*p) || *p == '.') { char num[32]; int k = 0; while (isdigit((unsigned char)*p) || *p == '.') num[k++] = *p++; num[k] = 0; p--; strcat(out, num); strcat(out, " "); }
        else if (*p == '(') st[sp++] = '(';
        else if (*p == ')') { while (sp && st[sp - 1] != '(') { char o[3] = {st[--sp], ' ', 0}; strcat(out, o); } sp--; }
        else { while (sp && st[sp - 1] != '(' && (prec(st[sp - 1]) > prec(*p) || (prec(st[sp - 1]) == prec(*p) && *p != '^'))) { char o[3] = {st[--sp], ' ', 0}; strcat(out, o); } st[sp++] = *p; } }
    while (sp) { char o[3] = {st[--sp], ' ', 0}; strcat(out, o); } }
static double eval(const char *rpn) { double st[64]; int sp = 0; char buf[256]; strcpy(buf, rpn);
    for (char *t = strtok(buf, " "); t; t = strtok(NULL, " ")) { if (isdigit((unsigned char)t[0]) || t[0] == '.') st[sp++] = strtod(t, NULL);
        else { double b = st[--sp], a = st[--sp], r = 0; switch (t[0]) { case '+': r = a + b; break; case '-': r = a - b; break; case '*': r = a * b; break; case '/': r = a / b; break; case '^': { r = 1; for (int i = 0; i < (int)b; i++) r *= a; } break; } st[sp++] = r; } }
    return st[0]; }
int main(void) {
    const char *ex[] = {"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "1 + 2 + 3 + 4", "(1 + 2) * (3 + 4)", "2 ^ 10 - 1", "10 / 4 / 2", "0.5 * 8 + 0.25", "((2))", "7 - (3 - (2 - 1))"};
    for (int i = 0; i < 8; i++) { char rpn[256]; to_rpn(ex[i], rpn); printf("%-32s => %-40s = %.10g\n", ex[i], rpn, eval(rpn)); }
    return 0;
}
