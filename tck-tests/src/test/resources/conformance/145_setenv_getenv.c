/* Checks setenv/getenv/unsetenv/putenv round trips on variables the program itself creates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    const char *name = "CONFORMANCE_145_VAR";
    printf("initially set: %d\n", getenv(name) != NULL);
    printf("setenv=%d\n", setenv(name, "first", 1)); printf("value=%s\n", getenv(name));
    setenv(name, "second", 0); printf("no overwrite: %s\n", getenv(name));
    setenv(name, "third", 1); printf("overwrite: %s\n", getenv(name));
    static char pe[] = "CONFORMANCE_145_PUT=via putenv"; putenv(pe); printf("putenv: %s\n", getenv("CONFORMANCE_145_PUT"));
    int ur = unsetenv(name); printf("unsetenv=%d now set: %d\n", ur, getenv(name) != NULL);
    char buf[64]; for (int i = 0; i < 5; i++) { snprintf(buf, sizeof buf, "CONFORMANCE_145_N%d", i); char val[16]; snprintf(val, sizeof val, "%d", i * i); setenv(buf, val, 1); }
    int s = 0; for (int i = 0; i < 5; i++) { snprintf(buf, sizeof buf, "CONFORMANCE_145_N%d", i); s += atoi(getenv(buf)); } printf("sum=%d\n", s);
    printf("empty name rejected: %d\n", setenv("", "x", 1) == -1);
    printf("name with = rejected: %d\n", setenv("A=B", "x", 1) == -1);
    return 0;
}
