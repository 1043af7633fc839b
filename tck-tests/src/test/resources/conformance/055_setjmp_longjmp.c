/* Checks setjmp/longjmp: return values, longjmp out of nested calls, volatile locals, repeated jumps. */
#include <stdio.h>
#include <setjmp.h>
static jmp_buf env;
static int depth_reached;
static void deep(int n) { depth_reached = n; if (n == 50) longjmp(env, n); deep(n + 1); printf("never\n"); }
static void thrower(int code) { if (code) longjmp(env, code); printf("no throw\n"); }
static jmp_buf retry_env;
static int attempts;
static int try_op(void) { attempts++; if (attempts < 4) longjmp(retry_env, attempts); return attempts * 100; }
int main(void) {
    int r = setjmp(env);
    if (r == 0) { printf("first pass\n"); deep(1); }
    else printf("jumped back r=%d depth=%d\n", r, depth_reached);
    for (volatile int code = 0; code < 4; code++) {
        int rv = setjmp(env);
        if (rv == 0) { thrower(code); printf("code %d completed\n", code); }
        else printf("code %d caught %d\n", code, rv);
    }
    volatile int counter = 0;
    if (setjmp(env) < 5) { counter++; if (counter < 5) longjmp(env, counter); }
    printf("counter=%d\n", counter);
    int z = setjmp(env); if (z == 0) longjmp(env, 0); printf("longjmp(0) gives %d\n", z);
    volatile int result = 0;
    if (setjmp(retry_env) >= 0) { if (result == 0) result = try_op(); }
    printf("attempts=%d result=%d\n", attempts, result);
    return 0;
}
