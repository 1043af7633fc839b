#include <limits.h>
#include <stdio.h>
/* noinline: at -O2 this scenario is about the frames of depth_sum(), which inlining would remove */
__attribute__((noinline)) static int depth_sum(int n) {
    if (n == 0) {
        return 0;
    }
    int here = n;
    int below = depth_sum(n - 1);
    /* saturate instead of overflowing; this also keeps -O2 from turning the recursion into a loop */
    if (below > INT_MAX - 2 * here) {
        return INT_MAX;
    }
    return 2 * here + below;
}
/* not static: printf could change it, so -O2 calls depth_sum() again every round */
int depth = 20;
int main(void) {
    for (int round = 0; round < 3; round++) {
        printf("round %d doubled sum %d\n", round, depth_sum(depth));
    }
    return 0;
}
