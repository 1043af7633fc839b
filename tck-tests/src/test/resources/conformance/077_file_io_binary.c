/* Checks binary file I/O in /tmp: fwrite/fread of structs and arrays, fseek/ftell/rewind, SEEK_SET/CUR/END. */
#include <stdio.h>
#include <string.h>
struct Rec { int id; double val; char name[12]; };
int main(void) {
    const char *path = "/tmp/conformance_077_file_io_binary.bin";
    FILE *f = fopen(path, "wb+"); if (!f) return 1;
    struct Rec recs[10];
    for (int i = 0; i < 10; i++) { memset(&recs[i], 0, sizeof recs[i]); recs[i].id = i * 11; recs[i].val = i / 4.0; snprintf(recs[i].name, sizeof recs[i].name, "rec%d", i); }
    size_t w = fwrite(recs, sizeof recs[0], 10, f); printf("wrote %zu pos=%ld\n", w, ftell(f));
    fseek(f, 0, SEEK_END); long size = ftell(f); printf("size=%ld recsize=%zu\n", size, sizeof(struct Rec));
    for (int idx = 9; idx >= 0; idx -= 3) {
        fseek(f, (long)(idx * sizeof(struct Rec)), SEEK_SET); struct Rec r; size_t got = fread(&r, sizeof r, 1, f);
        printf("got=%zu id=%d val=%g name=%s pos=%ld\n", got, r.id, r.val, r.name, ftell(f));
    }
    rewind(f); fseek(f, (long)sizeof(struct Rec), SEEK_CUR); struct Rec r1; fread(&r1, sizeof r1, 1, f); printf("after SEEK_CUR: %s\n", r1.name);
    fseek(f, -(long)sizeof(struct Rec), SEEK_END); fread(&r1, sizeof r1, 1, f); printf("last: %s\n", r1.name);
    struct Rec extra; size_t got = fread(&extra, sizeof extra, 1, f); printf("read past end=%zu eof=%d\n", got, feof(f) != 0);
    clearerr(f); printf("after clearerr eof=%d\n", feof(f) != 0);
    fseek(f, 0, SEEK_SET); unsigned char bytes[8]; fread(bytes, 1, 8, f); for (int i = 0; i < 8; i++) printf("%02x", bytes[i]); printf("\n");
    fseek(f, 4 * (long)sizeof(struct Rec), SEEK_SET); struct Rec patch = recs[4]; patch.id = -1; fwrite(&patch, sizeof patch, 1, f);
    fflush(f); rewind(f); struct Rec all[10]; size_t n = fread(all, sizeof all[0], 10, f); long s = 0; for (size_t i = 0; i < n; i++) s += all[i].id; printf("n=%zu sum ids=%ld\n", n, s);
    fclose(f);
    int fd_ok = remove(path) == 0; printf("removed=%d\n", fd_ok);
    return 0;
}
