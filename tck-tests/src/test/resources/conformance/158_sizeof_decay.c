/* Checks sizeof on arrays vs decayed pointers, string literals, expressions (unevaluated operands), and array parameters. */
#include <stdio.h>
static size_t param_size(int arr[10]) { return sizeof arr; }
static size_t ptr2d(int (*m)[7]) { return sizeof *m; }
int main(void) {
    int a[10]; int *p = a; char s[] = "hello"; const char *sp = "hello"; int m[3][7];
    printf("%zu %zu %zu %zu %zu\n", sizeof a, sizeof p, sizeof s, sizeof sp, sizeof "hello");
    printf("%zu %zu %zu %zu\n", param_size(a), ptr2d(m), sizeof m, sizeof m[0]);
    int i = 5; size_t z = sizeof(i++); printf("unevaluated: i=%d z=%zu\n", i, z);
    printf("%zu %zu %zu %zu\n", sizeof(char), sizeof('a'), sizeof(1.0f), sizeof(1.0));
    printf("%zu %zu\n", sizeof(a) / sizeof(a[0]), sizeof(&a));
    printf("%zu %zu %zu\n", sizeof(struct { char c; }), sizeof(int[4][5]), sizeof(short *[3]));
    int n = 4; printf("vla %zu\n", sizeof(int[n][n + 1]));
    printf("%td %td\n", &a[10] - &a[0], (char *)(&a + 1) - (char *)&a);
    return 0;
}
