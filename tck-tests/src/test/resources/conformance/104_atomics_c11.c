/* Checks C11 <stdatomic.h> operations in a single thread: load/store, fetch ops, exchange, compare-exchange, flags. */
#include <stdio.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
int main(void) {
    atomic_int ai = 5; atomic_long al = 100; atomic_uint au = 0; _Atomic(uint64_t) a64 = 1; atomic_bool ab = false;
    printf("%d %ld %u\n", atomic_load(&ai), atomic_load(&al), atomic_load(&au));
    atomic_store(&ai, 10);
    int old = atomic_fetch_add(&ai, 5); printf("fetch_add old=%d now=%d\n", old, atomic_load(&ai));
    old = atomic_fetch_sub(&ai, 3); printf("fetch_sub old=%d now=%d\n", old, atomic_load(&ai));
    atomic_store(&au, 0xF0u);
    unsigned o1 = atomic_fetch_or(&au, 0x0Fu); unsigned o2 = atomic_fetch_and(&au, 0x3Cu); unsigned o3 = atomic_fetch_xor(&au, 0xFFu);
    printf("or=%x and=%x xor=%x now=%x\n", o1, o2, o3, atomic_load(&au));
    long lo = atomic_exchange(&al, 777L); printf("exchange old=%ld now=%ld\n", lo, atomic_load(&al));
    int expected = 12; bool ok = atomic_compare_exchange_strong(&ai, &expected, 50); printf("cas1 ok=%d expected=%d val=%d\n", ok, expected, atomic_load(&ai));
    expected = 99; ok = atomic_compare_exchange_strong(&ai, &expected, 60); printf("cas2 ok=%d expected=%d val=%d\n", ok, expected, atomic_load(&ai));
    int e2 = atomic_load(&ai); while (!atomic_compare_exchange_weak(&ai, &e2, e2 * 2)) {} printf("weak val=%d\n", atomic_load(&ai));
    for (int i = 0; i < 63; i++) { uint64_t cur = atomic_load_explicit(&a64, memory_order_relaxed); atomic_fetch_add_explicit(&a64, cur, memory_order_relaxed); }
    printf("a64=%llu\n", (unsigned long long)atomic_load(&a64));
    atomic_store_explicit(&ab, true, memory_order_release); printf("ab=%d\n", atomic_load_explicit(&ab, memory_order_acquire));
    atomic_flag f = ATOMIC_FLAG_INIT; bool t1 = atomic_flag_test_and_set(&f); bool t2 = atomic_flag_test_and_set(&f); atomic_flag_clear(&f); bool t3 = atomic_flag_test_and_set(&f);
    printf("tas %d %d %d\n", t1, t2, t3);
    atomic_thread_fence(memory_order_seq_cst); atomic_signal_fence(memory_order_seq_cst);
    printf("lockfree int=%d\n", atomic_is_lock_free(&ai) ? 1 : 0);
    atomic_int counter = 0; for (int i = 0; i < 10000; i++) atomic_fetch_add(&counter, i % 3); printf("counter=%d\n", atomic_load(&counter));
    ai += 5; ai++; ai -= 2; printf("ops=%d\n", (int)ai);
    _Atomic double ad = 1.5; ad = ad * 2; printf("ad=%g\n", (double)ad);
    struct P { int a, b; }; _Atomic struct P ap; atomic_init(&ap, ((struct P){1, 2})); struct P pv = atomic_load(&ap); pv.a += 10; atomic_store(&ap, pv); struct P pr = atomic_load(&ap); printf("struct %d %d\n", pr.a, pr.b);
    return 0;
}
