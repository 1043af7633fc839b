/* Checks GCC __atomic_* and legacy __sync_* builtins in a single thread on several widths. */
#include <stdio.h>
#include <stdint.h>
int main(void) {
    int x = 10; long l = 1000; short s = 5; unsigned char c = 250; uint64_t u = 0; int r1, r2; long l1, l2;
    r1 = __atomic_fetch_add(&x, 5, __ATOMIC_SEQ_CST); r2 = __atomic_add_fetch(&x, 5, __ATOMIC_SEQ_CST); printf("%d %d\n", r1, r2);
    l1 = __atomic_sub_fetch(&l, 1, __ATOMIC_RELAXED); l2 = __atomic_fetch_sub(&l, 99, __ATOMIC_ACQ_REL); printf("%ld %ld %ld\n", l1, l2, l);
    short s1 = __atomic_fetch_or(&s, 0x30, __ATOMIC_SEQ_CST); short s2 = __atomic_load_n(&s, __ATOMIC_SEQ_CST); printf("%d %d\n", s1, s2);
    unsigned char c1 = __atomic_add_fetch(&c, 10, __ATOMIC_SEQ_CST); unsigned char c2 = __atomic_nand_fetch(&c, 0x0F, __ATOMIC_SEQ_CST); printf("%u %u\n", c1, c2);
    __atomic_store_n(&u, 0xFFFFFFFFFFull, __ATOMIC_RELEASE); printf("%llx\n", (unsigned long long)__atomic_load_n(&u, __ATOMIC_ACQUIRE));
    r1 = __atomic_exchange_n(&x, 77, __ATOMIC_SEQ_CST); printf("xchg %d %d\n", r1, x);
    int exp = 77; int ok = __atomic_compare_exchange_n(&x, &exp, 88, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); printf("cas %d %d %d\n", ok, exp, x);
    exp = 1; ok = __atomic_compare_exchange_n(&x, &exp, 99, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED); printf("cas %d %d %d\n", ok, exp, x);
    int v = 3, out; __atomic_store(&x, &v, __ATOMIC_SEQ_CST); __atomic_load(&x, &out, __ATOMIC_SEQ_CST); printf("generic %d\n", out);
    int a1 = __sync_fetch_and_add(&x, 4); int a2 = __sync_add_and_fetch(&x, 4); int a3 = __sync_fetch_and_and(&x, 6); int a4 = __sync_xor_and_fetch(&x, 0xFF);
    printf("sync %d %d %d %d\n", a1, a2, a3, a4);
    int b1 = __sync_bool_compare_and_swap(&x, a4, 42); int b2 = __sync_val_compare_and_swap(&x, 42, 43); printf("sync cas %d %d x=%d\n", b1, b2, x);
    int t = __sync_lock_test_and_set(&x, 1); printf("lock_test_and_set=%d x=%d ", t, x); __sync_lock_release(&x); printf("released=%d\n", x);
    __sync_synchronize(); __atomic_thread_fence(__ATOMIC_SEQ_CST); __atomic_signal_fence(__ATOMIC_SEQ_CST);
    printf("always lock free %d\n", __atomic_always_lock_free(sizeof(long), 0));
    char flag = 0; int f1 = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST); int f2 = __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST); __atomic_clear(&flag, __ATOMIC_SEQ_CST);
    printf("tas %d %d cleared=%d\n", f1, f2, flag);
    long total = 0; for (int i = 0; i < 1000; i++) __atomic_fetch_add(&total, i, __ATOMIC_RELAXED); printf("total=%ld\n", total);
    return 0;
}
