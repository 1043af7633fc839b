/* Checks tmpfile(), setvbuf modes, fflush, rename of a /tmp file and reading numbers written with fprintf. */
#include <stdio.h>
int main(void) {
    FILE *t = tmpfile(); if (!t) return 1;
    for (int i = 0; i < 100; i++) fprintf(t, "%d ", i * i);
    rewind(t); long s = 0; int v, cnt = 0; while (fscanf(t, "%d", &v) == 1) { s += v; cnt++; } printf("tmpfile cnt=%d sum=%ld\n", cnt, s);
    fclose(t);
    const char *a = "/tmp/conformance_079_a.txt", *b = "/tmp/conformance_079_b.txt";
    FILE *f = fopen(a, "w"); static char buf[64]; setvbuf(f, buf, _IOFBF, sizeof buf);
    for (int i = 0; i < 50; i++) fprintf(f, "%02d,", i);
    fflush(f); fclose(f);
    printf("rename=%d\n", rename(a, b));
    f = fopen(b, "r"); setvbuf(f, NULL, _IONBF, 0); char x[8]; size_t n = fread(x, 1, 6, f); x[n] = 0; printf("first=%s\n", x);
    fseek(f, 0, SEEK_END); printf("size=%ld\n", ftell(f)); fclose(f);
    printf("remove old=%d new=%d\n", remove(a) == 0, remove(b) == 0);
    setvbuf(stdout, NULL, _IOLBF, 0); printf("line buffered stdout\n");
    return 0;
}
