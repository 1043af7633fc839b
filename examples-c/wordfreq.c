/* wordfreq: counts words on stdin (or in the files named) with a hash table and prints the most frequent. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    char *word;
    int count;
    struct entry *next;
};

#define BUCKETS 4096
static struct entry *table[BUCKETS];
static int distinct;

static unsigned hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) {
        h = (h ^ (unsigned char) *s++) * 16777619u;
    }
    return h % BUCKETS;
}

static void add(const char *word) {
    unsigned h = hash(word);
    for (struct entry *e = table[h]; e; e = e->next) {
        if (strcmp(e->word, word) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = malloc(sizeof *e);
    e->word = strdup(word);
    e->count = 1;
    e->next = table[h];
    table[h] = e;
    distinct++;
}

static void count_stream(FILE *in) {
    char word[128];
    int len = 0, c;
    while ((c = fgetc(in)) != EOF) {
        if (isalpha(c) || c == '\'') {
            if (len < (int) sizeof word - 1) {
                word[len++] = (char) tolower(c);
            }
        } else if (len > 0) {
            word[len] = '\0';
            add(word);
            len = 0;
        }
    }
    if (len > 0) {
        word[len] = '\0';
        add(word);
    }
}

static int by_count(const void *a, const void *b) {
    const struct entry *x = *(const struct entry *const *) a, *y = *(const struct entry *const *) b;
    if (x->count != y->count) {
        return y->count - x->count;
    }
    return strcmp(x->word, y->word);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        count_stream(stdin);
    }
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        count_stream(f);
        fclose(f);
    }
    struct entry **all = malloc(sizeof *all * (distinct ? distinct : 1));
    int n = 0;
    for (int b = 0; b < BUCKETS; b++) {
        for (struct entry *e = table[b]; e; e = e->next) {
            all[n++] = e;
        }
    }
    qsort(all, n, sizeof *all, by_count);
    printf("%d distinct words\n", distinct);
    for (int i = 0; i < n && i < 10; i++) {
        printf("%7d  %s\n", all[i]->count, all[i]->word);
    }
    return 0;
}
