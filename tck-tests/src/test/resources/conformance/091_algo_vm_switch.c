/* Checks a tiny stack virtual machine with a switch dispatch loop running loops, calls and arithmetic. */
#include <stdio.h>
enum { PUSH, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, DROP, JMP, JZ, JNZ, CALL, RET, PRINT, LT, HALT };
static long run(const int *code, int trace) {
    long st[256]; int sp = 0, pc = 0, rs[64], rp = 0; long steps = 0;
    for (;;) { steps++; int op = code[pc++];
        switch (op) {
        case PUSH: st[sp++] = code[pc++]; break;
        case ADD: sp--; st[sp - 1] += st[sp]; break;
        case SUB: sp--; st[sp - 1] -= st[sp]; break;
        case MUL: sp--; st[sp - 1] *= st[sp]; break;
        case DIV: sp--; st[sp - 1] /= st[sp]; break;
        case MOD: sp--; st[sp - 1] %= st[sp]; break;
        case DUP: st[sp] = st[sp - 1]; sp++; break;
        case SWAP: { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; break; }
        case OVER: st[sp] = st[sp - 2]; sp++; break;
        case DROP: sp--; break;
        case JMP: pc = code[pc]; break;
        case JZ: if (st[--sp] == 0) pc = code[pc]; else pc++; break;
        case JNZ: if (st[--sp] != 0) pc = code[pc]; else pc++; break;
        case CALL: rs[rp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = rs[--rp]; break;
        case PRINT: printf("%ld\n", st[--sp]); break;
        case LT: sp--; st[sp - 1] = st[sp - 1] < st[sp]; break;
        case HALT: if (trace) printf("sp=%d\n", sp); return steps;
        default: printf("bad op %d\n", op); return -1;
        }
    }
}
int main(void) {
    /* gcd(1071, 462) via loop: a b -> while b: a b -> b a%b */
    int gcd[] = {PUSH, 1071, PUSH, 462, /*4*/ DUP, JZ, 13, SWAP, OVER, MOD, JMP, 4, HALT, /*13*/ DROP, PRINT, HALT};
    printf("steps=%ld\n", run(gcd, 1));
    /* print squares 1..10 using a subroutine */
    int sq[] = {PUSH, 1, /*2*/ DUP, CALL, 20, PRINT, PUSH, 1, ADD, DUP, PUSH, 11, LT, JNZ, 2, DROP, HALT, HALT, HALT, HALT, /*20*/ DUP, MUL, RET};
    printf("steps=%ld\n", run(sq, 1));
    /* sum of 1..100000 */
    int s3[] = {PUSH, 0, PUSH, 100000, /*4*/ DUP, JZ, 17, SWAP, OVER, ADD, SWAP, PUSH, 1, SUB, JMP, 4, HALT, /*17*/ DROP, PRINT, HALT};
    printf("steps=%ld\n", run(s3, 1));
    int bad[] = {PUSH, 1, 99};
    printf("bad=%ld\n", run(bad, 0));
    return 0;
}
