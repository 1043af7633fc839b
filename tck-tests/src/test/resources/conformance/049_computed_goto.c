/* Checks GNU computed goto (&&label, goto *p) as used by threaded interpreters. */
#include <stdio.h>
enum { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_MUL, OP_DEC, OP_JNZ, OP_PRINT, OP_HALT };
static int run(const int *code) {
    static void *tbl[] = {&&op_push, &&op_load, &&op_store, &&op_add, &&op_mul, &&op_dec, &&op_jnz, &&op_print, &&op_halt};
    long stack[64], reg[4] = {0, 0, 0, 0}; int sp = 0, pc = 0, executed = 0;
#define NEXT do { executed++; goto *tbl[code[pc++]]; } while (0)
    NEXT;
op_push: stack[sp++] = code[pc++]; NEXT;
op_load: stack[sp++] = reg[code[pc++]]; NEXT;
op_store: reg[code[pc++]] = stack[--sp]; NEXT;
op_add: sp--; stack[sp - 1] += stack[sp]; NEXT;
op_mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
op_dec: stack[sp - 1]--; NEXT;
op_jnz: { int t = code[pc++]; if (stack[--sp]) pc = t; } NEXT;
op_print: printf("%ld\n", stack[--sp]); NEXT;
op_halt: return executed;
#undef NEXT
}
int main(void) {
    int out = 0, idx = 0;
    int fact[] = {OP_PUSH, 1, OP_STORE, 0, OP_PUSH, 15, OP_STORE, 1,
                  /*8*/ OP_LOAD, 0, OP_LOAD, 1, OP_MUL, OP_STORE, 0, OP_LOAD, 1, OP_DEC, OP_STORE, 1, OP_LOAD, 1, OP_JNZ, 8,
                  OP_LOAD, 0, OP_PRINT, OP_HALT};
    printf("executed=%d\n", run(fact));
    int sum[] = {OP_PUSH, 0, OP_STORE, 0, OP_PUSH, 100, OP_STORE, 1,
                 /*8*/ OP_LOAD, 0, OP_LOAD, 1, OP_ADD, OP_STORE, 0, OP_LOAD, 1, OP_DEC, OP_STORE, 1, OP_LOAD, 1, OP_JNZ, 8,
                 OP_LOAD, 0, OP_PRINT, OP_PUSH, 3, /*29*/ OP_LOAD, 2, OP_PRINT, OP_DEC, OP_HALT};
    printf("executed=%d\n", run(sum));
    void *lbl = &&second; int count = 0;
first: count++; if (count > 3) goto *lbl; goto first;
second: printf("count=%d\n", count);
    void *arr[3] = {&&La, &&Lb, &&Lc}; static const int seq[] = {2, 0, 1, 1, 0};
next:
    if (idx == 5) goto finished;
    goto *arr[seq[idx++]];
La: out = out * 10 + 1; goto next;
Lb: out = out * 10 + 2; goto next;
Lc: out = out * 10 + 3; goto next;
finished:
    printf("out=%d\n", out);
    return 0;
}
