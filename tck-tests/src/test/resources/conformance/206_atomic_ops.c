/* Every atomic read-modify-write flavour on every width: C11 stdatomic (fetch ops, exchange, strong/weak compare-exchange, flags, atomic float/double arithmetic, pointers), GCC __atomic and legacy __sync builtins. */
#include <stdio.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdbool.h>

static _Atomic signed char ac = 100;
static _Atomic unsigned short aus = 65530;
static _Atomic int ai = -5;
static _Atomic unsigned au = 0xF0F0F0F0u;
static _Atomic long long all = 1LL << 40;
static _Atomic unsigned long long aull = 0xFFFFFFFFFFFFFFF0ull;
static _Atomic float af = 1.5f;
static _Atomic double ad = -0.25;
static int arr[10];
static int *_Atomic ap = arr;
static atomic_flag flag = ATOMIC_FLAG_INIT;
static _Atomic _Bool ab = 0;

static int8_t s8 = -3; static uint16_t s16 = 0x1234; static int32_t s32 = 1000; static uint64_t s64 = 0x0123456789ABCDEFull;

__attribute__((noinline)) static int cas_max(_Atomic int *p, int v) {
    int old = atomic_load(p);
    while (old < v && !atomic_compare_exchange_weak(p, &old, v)) {
    }
    return old;
}

__attribute__((noinline)) static float float_add(_Atomic float *p, float d) {
    float old = atomic_load(p);
    while (!atomic_compare_exchange_weak(p, &old, old + d)) {
    }
    return old;
}

__attribute__((noinline)) static double double_scale(_Atomic double *p, double k) {
    double old = atomic_load(p);
    while (!atomic_compare_exchange_strong(p, &old, old * k)) {
    }
    return old;
}

int main(void) {
    /* C11 fetch operations */
    printf("c: %d", atomic_fetch_add(&ac, 27)); printf(" %d", atomic_fetch_add(&ac, 10)); printf(" %d", atomic_fetch_sub(&ac, 300)); printf(" -> %d\n", atomic_load(&ac));
    printf("us: %u", atomic_fetch_add(&aus, 10)); printf(" %u", atomic_fetch_or(&aus, 0x8000)); printf(" %u", atomic_fetch_and(&aus, 0x80F0)); printf(" %u", atomic_fetch_xor(&aus, 0xFFFF)); printf(" -> %u\n", atomic_load(&aus));
    printf("i: %d", atomic_fetch_sub_explicit(&ai, 10, memory_order_relaxed)); printf(" %d", atomic_exchange(&ai, 77)); printf(" -> %d\n", atomic_load_explicit(&ai, memory_order_acquire));
    printf("u: %08x", atomic_fetch_and(&au, 0x0FF00FF0u)); printf(" %08x", atomic_fetch_or_explicit(&au, 0x1u, memory_order_release)); printf(" %08x", atomic_fetch_xor(&au, 0xFFFFFFFFu)); printf(" -> %08x\n", atomic_load(&au));
    printf("ll: %lld", atomic_fetch_add(&all, -(1LL << 41))); printf(" %lld", atomic_fetch_sub(&all, 5)); printf(" -> %lld\n", atomic_load(&all));
    printf("ull: %llx", atomic_fetch_add(&aull, 0x20)); printf(" -> %llx\n", atomic_load(&aull));
    ai += 3; ai -= 1; ai *= 2; au++; au--; ++aull;
    printf("ops: %d %08x %llx\n", ai, au, aull);
    /* compare-exchange */
    int expected = 5;
    bool ok = atomic_compare_exchange_strong(&ai, &expected, 9);
    printf("cas1 %d expected=%d value=%d\n", ok, expected, ai);
    ok = atomic_compare_exchange_strong(&ai, &expected, 9);
    printf("cas2 %d expected=%d value=%d\n", ok, expected, ai);
    unsigned short es = 1;
    ok = atomic_compare_exchange_strong_explicit(&aus, &es, 2, memory_order_seq_cst, memory_order_relaxed);
    printf("cas3 %d expected=%u\n", ok, es);
    printf("casmax %d", cas_max(&ai, 3)); printf(" %d", cas_max(&ai, 1000)); printf(" -> %d\n", atomic_load(&ai));
    /* floating atomics: compare-exchange loops on float and double objects */
    float_add(&af, 2.25f); float_add(&af, -0.5f); float_add(&af, 1e-9f);
    double_scale(&ad, -4.0); double_scale(&ad, 0.1);
    printf("float %.9g double %.17g\n", (double)af, ad);
    /* pointers */
    /* (fetch_add on atomic pointers is left out: GCC adds bytes where clang adds elements) */
    int *old = atomic_exchange(&ap, arr + 2);
    printf("ptr %td", old - arr); old = atomic_exchange(&ap, arr + 1); printf(" %td -> %td\n", old - arr, atomic_load(&ap) - arr);
    int *want = arr + 2;
    ok = atomic_compare_exchange_strong(&ap, &want, arr + 7);
    printf("ptrcas %d %td\n", ok, want - arr);
    ok = atomic_compare_exchange_strong(&ap, &want, arr + 9);
    printf("ptrcas %d %td\n", ok, atomic_load(&ap) - arr);
    /* flags and bools */
    printf("flag %d", atomic_flag_test_and_set(&flag)); printf(" %d", atomic_flag_test_and_set(&flag)); atomic_flag_clear(&flag); printf(" %d\n", atomic_flag_test_and_set(&flag));
    printf("bool %d", atomic_exchange(&ab, 1)); printf(" %d\n", atomic_load(&ab));
    /* GCC __atomic builtins */
    printf("a8 %d", __atomic_fetch_add(&s8, 5, __ATOMIC_SEQ_CST)); printf(" %d", __atomic_add_fetch(&s8, 120, __ATOMIC_SEQ_CST)); printf(" %d", __atomic_fetch_nand(&s8, 0x3C, __ATOMIC_SEQ_CST)); printf(" %d\n", __atomic_load_n(&s8, __ATOMIC_SEQ_CST));
    printf("a16 %x", __atomic_exchange_n(&s16, 0xBEEF, __ATOMIC_ACQ_REL)); printf(" %x", __atomic_nand_fetch(&s16, 0xFF00, __ATOMIC_SEQ_CST)); printf(" %x\n", __atomic_sub_fetch(&s16, 0x10, __ATOMIC_RELAXED));
    int32_t e32 = 1000;
    printf("a32 %d", __atomic_compare_exchange_n(&s32, &e32, 2000, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)); printf(" %d", __atomic_compare_exchange_n(&s32, &e32, 3000, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)); printf(" e=%d v=%d\n", e32, s32);
    uint64_t n64 = 42;
    __atomic_store_n(&s64, n64, __ATOMIC_RELEASE);
    uint64_t x64; __atomic_exchange(&s64, &n64, &x64, __ATOMIC_SEQ_CST);
    printf("a64 %llu %llu", (unsigned long long)x64, (unsigned long long)__atomic_xor_fetch(&s64, 0xFFFF0000FFFF0000ull, __ATOMIC_SEQ_CST)); printf(" %llx\n", (unsigned long long)__atomic_or_fetch(&s64, 1, __ATOMIC_SEQ_CST));
    /* legacy __sync builtins */
    printf("sync %d", __sync_fetch_and_add(&s32, 7)); printf(" %d", __sync_sub_and_fetch(&s32, 2)); printf(" %d", __sync_fetch_and_and(&s32, 0xFF0)); printf(" %d", __sync_or_and_fetch(&s32, 3)); printf(" %d\n", __sync_xor_and_fetch(&s32, 0x10));
    printf("syncnand %d", __sync_fetch_and_nand(&s8, 0x55)); printf(" %d\n", s8);
    printf("synccas %d", __sync_bool_compare_and_swap(&s16, 0, 1)); printf(" %x", __sync_val_compare_and_swap(&s16, s16, 0x7777)); printf(" %x\n", s16);
    printf("synclock %d", __sync_lock_test_and_set(&s32, 99)); __sync_lock_release(&s32); printf(" %d\n", s32);
    __sync_synchronize();
    atomic_thread_fence(memory_order_seq_cst);
    /* an atomic counter across an array */
    static _Atomic unsigned counts[4];
    for (int i = 0; i < 1000; i++) atomic_fetch_add_explicit(&counts[i % 4], (unsigned)i, memory_order_relaxed);
    printf("counts %u %u %u %u\n", counts[0], counts[1], counts[2], counts[3]);
    return 0;
}
