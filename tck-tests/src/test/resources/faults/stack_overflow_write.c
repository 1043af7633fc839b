/* Writing past the end of a local array (a stack buffer overflow). */
#include <stdio.h>
#include <string.h>

static void fill(char *buffer, int n) {
    for (int i = 0; i < n; i++) {
        buffer[i] = 'x';
    }
}

int main(int argc, char **argv) {
    char buffer[16];
    fill(buffer, 16 + argc * 8);
    printf("%.4s\n", buffer);
    return 0;
}
