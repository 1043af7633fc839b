/* Checks static local variables: persistence across calls, initialisation once, per-function independence. */
#include <stdio.h>
static int counter(void) { static int n = 0; return ++n; }
static int counter2(void) { static int n = 100; n += 10; return n; }
static const char *gen(void) { static char buf[16]; static int k; snprintf(buf, sizeof buf, "id%03d", k++); return buf; }
static int fib_memo(int n) { static long long memo[100]; static int init; if (!init) { for (int i = 0; i < 100; i++) memo[i] = -1; init = 1; }
    if (n < 2) return n; if (memo[n] >= 0) return (int)memo[n]; memo[n] = fib_memo(n - 1) + fib_memo(n - 2); return (int)memo[n]; }
static int *get_arr(void) { static int arr[5] = {1, 2, 3, 4, 5}; return arr; }
int main(void) {
    for (int i = 0; i < 5; i++) printf("%d %d\n", counter(), counter2());
    for (int i = 0; i < 3; i++) printf("%s\n", gen());
    printf("fib40=%d\n", fib_memo(40));
    int *a = get_arr(); a[2] = 99; printf("%d\n", get_arr()[2]);
    for (int i = 0; i < 3; i++) { static int inner = 5; inner *= 2; printf("inner=%d\n", inner); }
    return 0;
}
