/* Checks fgetc/fputc/ungetc/getc/putc on a /tmp file, plus counting and copying between files. */
#include <stdio.h>
int main(void) {
    const char *p1 = "/tmp/conformance_078_file_io_chars_a.txt", *p2 = "/tmp/conformance_078_file_io_chars_b.txt";
    FILE *f = fopen(p1, "w"); for (int i = 0; i < 300; i++) putc("abc\n xyz"[i % 8], f); fclose(f);
    FILE *in = fopen(p1, "r"), *out = fopen(p2, "w"); int c, n = 0, up = 0;
    while ((c = fgetc(in)) != EOF) { n++; if (c >= 'a' && c <= 'z') { c -= 32; up++; } fputc(c, out); }
    fclose(in); fclose(out); printf("copied=%d upcased=%d\n", n, up);
    in = fopen(p2, "r"); c = getc(in); printf("first=%c\n", c); ungetc('Q', in); c = getc(in); printf("after ungetc=%c\n", c);
    char line[32]; fgets(line, sizeof line, in); printf("rest of line=[%s]\n", line);
    long lines = 1; while ((c = getc(in)) != EOF) if (c == '\n') lines++; printf("lines=%ld\n", lines);
    fclose(in);
    printf("%d %d\n", remove(p1), remove(p2));
    return 0;
}
