#include <stdio.h>
static int depth_sum(int n) {
    if (n == 0) {
        return 0;
    }
    int here = n;
    return 2 * here + depth_sum(n - 1);
}
int main(void) {
    for (int round = 0; round < 3; round++) {
        printf("round %d doubled sum %d\n", round, depth_sum(20));
    }
    return 0;
}
