/* Checks reporting an error on stderr and returning status 1 from main after partial stdout output. */
#include <stdio.h>
#include <string.h>
static int process(const char *cfg) {
    if (strncmp(cfg, "version=", 8) != 0) { fprintf(stderr, "error: bad config '%s'\n", cfg); return 1; }
    printf("config version %s\n", cfg + 8); return 0;
}
int main(void) {
    const char *cfgs[] = {"version=1.0", "version=2.1", "garbage", "version=3"};
    for (int i = 0; i < 4; i++) if (process(cfgs[i])) { printf("stopping at entry %d\n", i); return 1; }
    return 0;
}
