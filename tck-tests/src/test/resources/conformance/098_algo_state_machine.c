/* Checks a table-driven state machine: a CSV tokenizer with quotes and a number-literal recogniser. */
#include <stdio.h>
#include <ctype.h>
enum S { START, INT, DOT, FRAC, EXP, EXPSIGN, EXPDIG, ERR };
static enum S step(enum S s, char c) {
    switch (s) {
    case START: return isdigit((unsigned char)c) ? INT : (c == '-' || c == '+') ? START : ERR;
    case INT: return isdigit((unsigned char)c) ? INT : c == '.' ? DOT : (c == 'e' || c == 'E') ? EXP : ERR;
    case DOT: return isdigit((unsigned char)c) ? FRAC : ERR;
    case FRAC: return isdigit((unsigned char)c) ? FRAC : (c == 'e' || c == 'E') ? EXP : ERR;
    case EXP: return isdigit((unsigned char)c) ? EXPDIG : (c == '+' || c == '-') ? EXPSIGN : ERR;
    case EXPSIGN: case EXPDIG: return isdigit((unsigned char)c) ? EXPDIG : ERR;
    default: return ERR;
    }
}
static const char *names[] = {"START", "INT", "DOT", "FRAC", "EXP", "EXPSIGN", "EXPDIG", "ERR"};
static void csv(const char *line) {
    enum { FIELD, QUOTED, QUOTE_IN_QUOTED } st = FIELD; char buf[64]; int n = 0, f = 0;
    printf("csv:");
    for (const char *p = line;; p++) { char c = *p;
        if (st == FIELD) { if (c == ',' || c == 0) { buf[n] = 0; printf(" <%s>", buf); f++; n = 0; if (!c) break; } else if (c == '"' && n == 0) st = QUOTED; else buf[n++] = c; }
        else if (st == QUOTED) { if (c == '"') st = QUOTE_IN_QUOTED; else if (c == 0) { printf(" unterminated"); break; } else buf[n++] = c; }
        else { if (c == '"') { buf[n++] = '"'; st = QUOTED; } else { st = FIELD; p--; } } }
    printf(" fields=%d\n", f);
}
int main(void) {
    const char *in[] = {"42", "-3.14", "1e10", "2.5E-3", "1.", ".5", "1e", "1e+", "12a", "+7", "0.000", "6.02e+23"};
    for (int i = 0; i < 12; i++) { enum S s = START; for (const char *p = in[i]; *p; p++) s = step(s, *p);
        int accept = s == INT || s == FRAC || s == EXPDIG; printf("%-10s %-8s %s\n", in[i], names[s], accept ? "number" : "reject"); }
    csv("a,b,c"); csv("\"quoted, comma\",plain,\"with \"\"escaped\"\" quotes\""); csv(",,"); csv("\"open");
    return 0;
}
