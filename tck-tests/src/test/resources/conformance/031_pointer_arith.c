/* Checks pointer arithmetic, differences, comparisons and pointer-to-pointer usage (no addresses printed). */
#include <stdio.h>
#include <stddef.h>
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void set_ptr(int **pp, int *target) { *pp = target; }
int main(void) {
    int arr[10]; for (int i = 0; i < 10; i++) arr[i] = i * i;
    int *p = arr, *q = arr + 9;
    printf("%td %d %d %d\n", q - p, *p, *q, *(p + 4));
    printf("%d %d %d\n", p < q, p == arr, q > p + 8);
    int *mid = p + (q - p) / 2; printf("mid=%d idx=%td\n", *mid, mid - arr);
    for (int *it = q; it >= arr + 5; it--) printf("%d ", *it); printf("\n");
    swap(&arr[0], &arr[9]); printf("%d %d\n", arr[0], arr[9]);
    int *ptr = NULL; set_ptr(&ptr, &arr[3]); printf("%d %td\n", *ptr, ptr - arr);
    int **pp = &ptr; **pp = 1000; printf("%d\n", arr[3]);
    char buf[] = "abcdefgh"; char *c = buf; c += 3; printf("%c %c %c\n", *c, c[-2], 2[c]);
    double d[4] = {1.5, 2.5, 3.5, 4.5}; double *dp = &d[1];
    printf("%g %g %td\n", dp[1], *(dp - 1), (char *)(dp + 2) - (char *)dp);
    void *vp = arr; int *ip = (int *)vp; printf("%d\n", ip[2]);
    printf("%d\n", p == (int *)(void *)p);
    int *null = 0; printf("null=%d\n", null == NULL);
    struct S { int a; double b; char c; } s = {1, 2.0, 'x'};
    printf("offsets %zu %zu %zu size %zu\n", offsetof(struct S, a), offsetof(struct S, b), offsetof(struct S, c), sizeof s);
    char *cs = (char *)&s + offsetof(struct S, c); printf("%c\n", *cs);
    const int ci = 5; const int *cp = &ci; printf("%d\n", *cp);
    return 0;
}
