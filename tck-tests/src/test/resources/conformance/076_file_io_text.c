/* Checks text file I/O in /tmp: fopen w/r/a, fprintf, fgets, fscanf, feof, remove. */
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *path = "/tmp/conformance_076_file_io_text.txt";
    FILE *f = fopen(path, "w"); if (!f) { printf("open failed\n"); return 1; }
    for (int i = 1; i <= 5; i++) fprintf(f, "line %d value %.2f\n", i, i * 1.5);
    fputs("last line\n", f); fputc('!', f); fputc('\n', f);
    fclose(f);
    f = fopen(path, "a"); fprintf(f, "appended %s\n", "text"); fclose(f);
    f = fopen(path, "r"); char buf[64]; int n = 0;
    while (fgets(buf, sizeof buf, f)) { n++; buf[strcspn(buf, "\n")] = 0; printf("%d: [%s]\n", n, buf); }
    printf("eof=%d err=%d\n", feof(f) != 0, ferror(f) != 0);
    fclose(f);
    f = fopen(path, "r"); int id; double v; int cnt = 0; double tot = 0;
    while (fscanf(f, "line %d value %lf\n", &id, &v) == 2) { cnt++; tot += v; }
    printf("parsed=%d total=%.2f\n", cnt, tot);
    fclose(f);
    printf("remove=%d\n", remove(path));
    printf("reopen null=%d\n", fopen(path, "r") == NULL);
    return 0;
}
