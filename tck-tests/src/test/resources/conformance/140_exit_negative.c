/* Checks that returning -1 from main yields exit status 255, with output produced via several stdio calls first. */
#include <stdio.h>
#include <string.h>
static int validate(const char *s) { for (; *s; s++) if (*s < '0' || *s > '9') return -1; return 0; }
int main(void) {
    const char *inputs[] = {"12345", "007", "12a45"};
    for (int i = 0; i < 3; i++) {
        int r = validate(inputs[i]);
        printf("%s -> %s\n", inputs[i], r == 0 ? "valid" : "invalid");
        if (r) { fputs("validation failed\n", stdout); return r; }
    }
    return 0;
}
