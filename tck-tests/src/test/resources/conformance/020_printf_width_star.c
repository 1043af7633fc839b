/* Checks printf width and precision given via '*' including negative widths and precisions. */
#include <stdio.h>
int main(void) {
    for (int w = -8; w <= 8; w += 4)
        for (int p = -1; p <= 4; p += 2)
            printf("[%*.*d] [%*.*s] [%*.*f] [%*.*e]\n", w, p, 42, w, p, "abcdef", w, p, 3.14159, w, p, 2.5e-3);
    printf("[%*d] [%-*d] [%0*d]\n", 6, 7, 6, 7, 6, -7);
    printf("[%.*s]\n", 3, "truncate me");
    printf("[%*c]\n", 4, 'x');
    printf("[%.*x] [%#.*o]\n", 6, 255, 5, 8);
    printf("[%*s]\n", -10, "left");
    return 0;
}
