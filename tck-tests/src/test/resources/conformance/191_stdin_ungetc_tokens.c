/* Checks tokenising stdin character by character with getchar/ungetc: numbers (int/float), identifiers, strings, operators. */
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
int main(void) {
    int c, ints = 0, floats = 0, idents = 0, strs = 0, ops = 0; double fsum = 0; long isum = 0;
    while ((c = getchar()) != EOF) {
        if (isspace(c)) continue;
        char buf[128]; int n = 0;
        if (isdigit(c)) { int isf = 0; while (c != EOF && (isdigit(c) || c == '.')) { if (c == '.') isf = 1; if (n < 127) buf[n++] = (char)c; c = getchar(); } if (c != EOF) ungetc(c, stdin); buf[n] = 0;
            if (isf) { floats++; fsum += strtod(buf, NULL); printf("FLOAT %s\n", buf); } else { ints++; isum += strtol(buf, NULL, 10); printf("INT %s\n", buf); } }
        else if (isalpha(c) || c == '_') { while (c != EOF && (isalnum(c) || c == '_')) { if (n < 127) buf[n++] = (char)c; c = getchar(); } if (c != EOF) ungetc(c, stdin); buf[n] = 0; idents++; printf("IDENT %s\n", buf); }
        else if (c == '\'' || c == '"') { int q = c; while ((c = getchar()) != EOF && c != q) if (n < 127) buf[n++] = (char)c; buf[n] = 0; strs++; printf("STR %s\n", buf); }
        else { int d = getchar(); if ((c == '=' || c == '!' || c == '<' || c == '>') && d == '=') printf("OP %c=\n", c); else { if (d != EOF) ungetc(d, stdin); printf("OP %c\n", c); } ops++; }
    }
    printf("ints=%d (sum %ld) floats=%d (sum %.3f) idents=%d strs=%d ops=%d\n", ints, isum, floats, fsum, idents, strs, ops);
    return 0;
}
