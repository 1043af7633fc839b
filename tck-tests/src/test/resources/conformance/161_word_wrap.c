/* Checks text processing: greedy word wrap at several widths, full justification and centered output on an embedded paragraph. */
#include <stdio.h>
#include <string.h>
static const char *text = "Truffle is a framework for building language implementations as interpreters for self-modifying abstract syntax trees. "
                          "Running clang-compiled bitcode on it lets C programs execute alongside other languages with shared tooling.";
static int split(char words[][32]) { int n = 0; const char *p = text; while (*p) { while (*p == ' ') p++; if (!*p) break; int k = 0; while (*p && *p != ' ') words[n][k++] = *p++; words[n][k] = 0; n++; } return n; }
int main(void) {
    char w[64][32]; int n = split(w);
    int widths[] = {20, 32, 45};
    for (int wi = 0; wi < 3; wi++) {
        int W = widths[wi]; printf("width %d:\n", W); int i = 0;
        while (i < n) {
            int j = i, len = (int)strlen(w[i]); while (j + 1 < n && len + 1 + (int)strlen(w[j + 1]) <= W) { j++; len += 1 + (int)strlen(w[j]); }
            int gaps = j - i, extra = W - len; char line[128] = "";
            for (int k = i; k <= j; k++) { strcat(line, w[k]); if (k < j) { int sp = 1; if (j + 1 < n) sp += extra / gaps + (k - i < extra % gaps); for (int s = 0; s < sp; s++) strcat(line, " "); } }
            printf("|%-*s|\n", W, line); i = j + 1;
        }
    }
    const char *title = "Centered Title"; int W = 40, pad = (W - (int)strlen(title)) / 2; printf("[%*s%s%*s]\n", pad, "", title, W - pad - (int)strlen(title), "");
    return 0;
}
