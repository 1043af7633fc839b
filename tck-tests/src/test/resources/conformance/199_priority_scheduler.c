/* Checks a round-robin/priority process scheduler simulation with structs, a ready queue array and aggregate statistics. */
#include <stdio.h>
typedef struct { int pid, arrive, burst, prio, left, start, finish; } Proc;
int main(void) {
    Proc p[] = {{1, 0, 8, 2, 0, -1, 0}, {2, 1, 4, 1, 0, -1, 0}, {3, 2, 9, 3, 0, -1, 0}, {4, 3, 5, 2, 0, -1, 0}, {5, 6, 2, 1, 0, -1, 0}, {6, 10, 6, 3, 0, -1, 0}};
    int n = 6;
    for (int algo = 0; algo < 2; algo++) {
        for (int i = 0; i < n; i++) { p[i].left = p[i].burst; p[i].start = -1; p[i].finish = 0; }
        int t = 0, done = 0, q = 3, rr = 0; printf("%s: ", algo ? "round-robin q=3" : "priority (preemptive)");
        while (done < n) {
            int pick = -1;
            if (algo == 0) { for (int i = 0; i < n; i++) if (p[i].arrive <= t && p[i].left > 0 && (pick < 0 || p[i].prio < p[pick].prio || (p[i].prio == p[pick].prio && p[i].arrive < p[pick].arrive))) pick = i; }
            else { for (int k = 0; k < n; k++) { int i = (rr + k) % n; if (p[i].arrive <= t && p[i].left > 0) { pick = i; break; } } }
            if (pick < 0) { t++; continue; }
            if (p[pick].start < 0) p[pick].start = t;
            int run = algo ? (p[pick].left < q ? p[pick].left : q) : 1;
            printf("%d", p[pick].pid); t += run; p[pick].left -= run;
            if (p[pick].left == 0) { p[pick].finish = t; done++; }
            rr = (pick + 1) % n;
        }
        double tw = 0, tt = 0; printf("\n"); for (int i = 0; i < n; i++) { int tat = p[i].finish - p[i].arrive, wait = tat - p[i].burst; tw += wait; tt += tat; printf("  pid %d start=%d finish=%d wait=%d\n", p[i].pid, p[i].start, p[i].finish, wait); }
        printf("  avg wait=%.3f avg turnaround=%.3f makespan=%d\n", tw / n, tt / n, t);
    }
    return 0;
}
