/* Reading one element past a heap block. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = 10 + argc - 1;
    int *a = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++) {
        a[i] = i;
    }
    long sum = 0;
    for (int i = 0; i <= n; i++) {
        sum += a[i];
    }
    printf("%ld\n", sum);
    return 0;
}
