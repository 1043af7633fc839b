/* Checks goto: forward/backward jumps, loop emulation, cleanup pattern, jumping out of nested blocks. */
#include <stdio.h>
#include <stdlib.h>
static int process(int fail_at) {
    int rc = -1; char *a = NULL, *b = NULL, *c = NULL;
    a = malloc(10); if (!a || fail_at == 1) goto out_a;
    b = malloc(20); if (!b || fail_at == 2) goto out_b;
    c = malloc(30); if (!c || fail_at == 3) goto out_c;
    rc = 0; printf("all allocated\n");
    free(c);
out_c: free(b);
out_b: free(a);
out_a: printf("process(%d) rc=%d\n", fail_at, rc);
    return rc;
}
int main(void) {
    int i = 0;
loop:
    if (i < 5) { printf("%d ", i); i++; goto loop; }
    printf("\n");
    for (int f = 0; f <= 3; f++) process(f);
    int x = 0;
    { { { x = 1; goto out; } x = 2; } x = 3; }
out: printf("x=%d\n", x);
    int n = 10, acc = 0;
top: acc += n; if (--n) goto top; printf("acc=%d\n", acc);
    goto skip; printf("never\n");
skip: printf("skipped\n");
    return 0;
}
