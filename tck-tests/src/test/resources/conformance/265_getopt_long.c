/* getopt_long and getopt_long_only: exact names, unique prefixes, =value and separate values,
 * optional arguments, flag pointers, longindex, unknown/ambiguous/missing-argument errors,
 * mixed with short options, and GNU argv permutation (operands moved after the options, "--"
 * before them), also for plain getopt. */
#include <getopt.h>
#include <stdio.h>

static int verbose_flag;

static const struct option options[] = {
    {"verbose", no_argument, &verbose_flag, 1},
    {"brief", no_argument, &verbose_flag, 0},
    {"name", required_argument, 0, 'n'},
    {"size", required_argument, 0, 's'},
    {"color", optional_argument, 0, 'C'},
    {"colour", optional_argument, 0, 'U'},
    {"count", no_argument, 0, 'c'},
    {0, 0, 0, 0},
};

static void parse(const char *title, int argc, char **argv, int longOnly) {
    optind = 1;
    opterr = 0;
    verbose_flag = -1;
    printf("%s:", title);
    int index = -1, c;
    while ((c = longOnly ? getopt_long_only(argc, argv, "ab:c", options, &index) : getopt_long(argc, argv, "ab:c", options, &index)) != -1) {
        if (c == 0) {
            printf(" [flag %s=%d]", options[index].name, verbose_flag);
        } else if (c == '?') {
            printf(" [? optopt=%d]", optopt);
        } else if (c == ':') {
            printf(" [: missing]");
        } else {
            printf(" [%c idx=%d arg=%s]", c, c == 'a' || c == 'b' ? -1 : index, optarg ? optarg : "(null)");
        }
        index = -1;
    }
    printf(" optind=%d argv:", optind);
    for (int i = 1; i < argc; i++) {
        printf(" %s", argv[i]);
    }
    printf("\n");
}

static void short_only(const char *title, int argc, char **argv) {
    optind = 1;
    opterr = 0;
    printf("%s:", title);
    int c;
    while ((c = getopt(argc, argv, "vo:x::")) != -1) {
        printf(" [%c %s]", c, optarg ? optarg : "-");
    }
    printf(" optind=%d argv:", optind);
    for (int i = 1; i < argc; i++) {
        printf(" %s", argv[i]);
    }
    printf("\n");
}

int main(int argc, char **argv) {
    char *a1[] = {"prog", "--verbose", "--name=alice", "--size", "10", "-a", "-b", "x", "file", 0};
    parse("exact", 9, a1, 0);
    char *a2[] = {"prog", "--verb", "--na", "bob", "--si=3", "--", "--name", 0};
    parse("prefixes", 7, a2, 0);
    char *a3[] = {"prog", "--color", "--color=red", "--colour=blue", "--col", "-c", 0};
    parse("optional and ambiguous", 6, a3, 0);
    char *a4[] = {"prog", "--nope", "--count=3", "--name", 0};
    parse("errors", 4, a4, 0);
    char *a5[] = {"prog", "-name", "carol", "-verbose", "-ac", "-b", "y", "rest", 0};
    parse("long only", 8, a5, 1);
    char *a6[] = {"prog", "--brief", "plain", "--count", 0};
    parse("permuted", 4, a6, 0);
    char *a7[] = {"prog", "in", "--name", "n", "mid", "--", "--size", "9", 0};
    parse("permuted with --", 8, a7, 0);
    char *s1[] = {"prog", "in1", "-v", "in2", "-o", "out", "in3", 0};
    short_only("getopt permuted", 7, s1);
    char *s2[] = {"prog", "-vxo", "f", "g", "-x3", "h", 0};
    short_only("getopt clusters", 6, s2);
    char *s3[] = {"prog", "a", "--", "-v", "b", 0};
    short_only("getopt with --", 5, s3);
    parse("real argv", argc, argv, 0);
    return 0;
}
