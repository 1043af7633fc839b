/* Checks signal() with raise(): handlers for SIGUSR1/SIGUSR2/SIGTERM run synchronously, SIG_IGN ignores, handler reinstalled. */
#include <stdio.h>
#include <signal.h>
static volatile sig_atomic_t got_usr1, got_usr2, got_term;
static void h1(int s) { (void)s; got_usr1++; }
static void h2(int s) { got_usr2 += s == SIGUSR2; }
static void ht(int s) { (void)s; got_term = 1; }
int main(void) {
    signal(SIGUSR1, h1); signal(SIGUSR2, h2); signal(SIGTERM, ht);
    for (int i = 0; i < 3; i++) { int r = raise(SIGUSR1); printf("raise usr1 r=%d count=%d\n", r, (int)got_usr1); signal(SIGUSR1, h1); }
    raise(SIGUSR2); printf("usr2=%d\n", (int)got_usr2);
    raise(SIGTERM); printf("term=%d\n", (int)got_term);
    void (*old)(int) = signal(SIGUSR1, SIG_IGN); printf("old handler is h1: %d\n", old == h1);
    raise(SIGUSR1); printf("ignored, count still %d\n", (int)got_usr1);
    signal(SIGUSR1, SIG_DFL); printf("restored default\n");
    return 0;
}
