/* Checks a goto-based lexer state machine tokenising identifiers, numbers, strings, comments and operators. */
#include <stdio.h>
#include <ctype.h>
static const char *src = "int x = 42 + y1; /* comment */ s = \"hi there\"; // line\nz <= 3.5e2 != w && q>>=2;";
int main(void) {
    const char *p = src, *start; int ntok = 0;
next:
    while (*p == ' ' || *p == '\n') p++;
    if (!*p) goto done;
    start = p;
    if (isalpha((unsigned char)*p) || *p == '_') goto ident;
    if (isdigit((unsigned char)*p)) goto number;
    if (*p == '"') goto string;
    if (p[0] == '/' && p[1] == '*') goto block_comment;
    if (p[0] == '/' && p[1] == '/') goto line_comment;
    goto op;
ident: while (isalnum((unsigned char)*p) || *p == '_') p++; printf("IDENT  %.*s\n", (int)(p - start), start); ntok++; goto next;
number: while (isdigit((unsigned char)*p)) p++; if (*p == '.') { p++; while (isdigit((unsigned char)*p)) p++; } if (*p == 'e' || *p == 'E') { p++; if (*p == '+' || *p == '-') p++; while (isdigit((unsigned char)*p)) p++; }
    printf("NUMBER %.*s\n", (int)(p - start), start); ntok++; goto next;
string: p++; while (*p && *p != '"') p++; if (*p) p++; printf("STRING %.*s\n", (int)(p - start), start); ntok++; goto next;
block_comment: p += 2; while (*p && !(p[0] == '*' && p[1] == '/')) p++; if (*p) p += 2; printf("COMMENT (block, %d chars)\n", (int)(p - start)); goto next;
line_comment: while (*p && *p != '\n') p++; printf("COMMENT (line, %d chars)\n", (int)(p - start)); goto next;
op: { static const char *ops3[] = {">>=", "<<="}, *ops2[] = {"<=", ">=", "==", "!=", "&&", "||", ">>", "<<"};
        for (int i = 0; i < 2; i++) if (p[0] == ops3[i][0] && p[1] == ops3[i][1] && p[2] == ops3[i][2]) { p += 3; goto emit_op; }
        for (int i = 0; i < 8; i++) if (p[0] == ops2[i][0] && p[1] == ops2[i][1]) { p += 2; goto emit_op; }
        p++; }
emit_op: printf("OP     %.*s\n", (int)(p - start), start); ntok++; goto next;
done: printf("tokens=%d\n", ntok);
    return 0;
}
