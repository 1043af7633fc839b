/* Checks that passing assert() calls have no effect and that assert expressions with side effects run when NDEBUG is unset. */
#include <stdio.h>
#include <assert.h>
#include <string.h>
static int calls;
static int check(int v) { calls++; return v; }
int main(void) {
    assert(1);
    assert(2 + 2 == 4);
    assert(check(1));
    assert(check(5) == 5);
    assert(strcmp("a", "a") == 0);
    int arr[5] = {1, 2, 3, 4, 5}; int s = 0;
    for (int i = 0; i < 5; i++) { assert(arr[i] > 0); s += arr[i]; }
    assert(s == 15);
    printf("calls=%d s=%d\n", calls, s);
    static_assert(sizeof(int) == 4, "int is 4 bytes");
    _Static_assert(sizeof(long) == 8, "long is 8 bytes");
    printf("done\n");
    return 0;
}
