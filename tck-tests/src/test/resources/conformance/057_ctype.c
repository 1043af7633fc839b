/* Checks every ctype.h classifier and toupper/tolower over all chars 0..127. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
    printf("ch al di xd lo up sp pu pr gr cn bl an toU toL\n");
    for (int c = 0; c < 128; c++) {
        printf("%3d %d %d %d %d %d %d %d %d %d %d %d %d %3d %3d\n", c, !!isalpha(c), !!isdigit(c), !!isxdigit(c), !!islower(c), !!isupper(c),
               !!isspace(c), !!ispunct(c), !!isprint(c), !!isgraph(c), !!iscntrl(c), !!isblank(c), !!isalnum(c), toupper(c), tolower(c));
    }
    printf("EOF: %d %d %d\n", !!isalpha(EOF), toupper(EOF), tolower(EOF));
    int counts[12] = {0};
    for (int c = 0; c < 128; c++) { counts[0] += !!isalpha(c); counts[1] += !!isdigit(c); counts[2] += !!isspace(c); counts[3] += !!ispunct(c); counts[4] += !!isprint(c); counts[5] += !!iscntrl(c); }
    for (int i = 0; i < 6; i++) printf("%d ", counts[i]); printf("\n");
    return 0;
}
