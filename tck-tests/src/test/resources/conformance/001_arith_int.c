/* Checks basic int arithmetic: + - * / % with positive and negative operands. */
#include <stdio.h>
int main(void) {
    int vals[] = {0, 1, -1, 7, -7, 13, -13, 100, -100, 2147483647, -2147483647 - 1};
    int n = sizeof vals / sizeof vals[0];
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int a = vals[i], b = vals[j];
            long long s = (long long)a + b, d = (long long)a - b, p = (long long)a * b;
            printf("%d %d: %lld %lld %lld", a, b, s, d, p);
            if (b != 0 && !(a == -2147483647 - 1 && b == -1))
                printf(" q=%d r=%d", a / b, a % b);
            printf("\n");
        }
    }
    int x = 12345;
    x += 17; x -= 5; x *= 3; x /= 7; x %= 1000;
    printf("x=%d\n", x);
    int y = -50;
    y = -y; y <<= 2; y |= 3; y &= ~1; y ^= 0x55;
    printf("y=%d\n", y);
    return 0;
}
