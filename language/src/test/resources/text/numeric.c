#include <stdio.h>
#include <stdatomic.h>

float fscale = 2.5f;
double dvalues[3] = {1.0, -0.1, 1e300};
long double ldv = 3.25L;
__int128 wide = ((__int128)0x123456789abcdefLL << 64) | 0xfedcba9876543210ULL;
unsigned __int128 uwide = ~(unsigned __int128)0;
_Atomic int counter;
int plain_counter;

void saxpy(float *restrict y, const float *restrict x, float a, int n) {
    for (int i = 0; i < n; i++) {
        y[i] = a * x[i] + y[i];
    }
}

int dot(const int *a, const int *b, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
        s += a[i] * b[i];
    }
    return s;
}

long double ld_ops(long double a, long double b) { return a * b - a / b; }

__int128 mul128(__int128 a, __int128 b) { return a * b + (a >> 3); }

double mix(float f, double d, int i, unsigned u, long l) {
    return -f + d * i - (double)u / (l ? l : 1) + (float)d;
}

int atomics(int v) {
    atomic_fetch_add(&counter, v);
    atomic_fetch_sub_explicit(&counter, 1, memory_order_relaxed);
    int expected = v;
    atomic_compare_exchange_strong(&counter, &expected, v + 1);
    __atomic_fetch_or(&plain_counter, 4, __ATOMIC_ACQ_REL);
    atomic_thread_fence(memory_order_seq_cst);
    __atomic_store_n(&plain_counter, 9, __ATOMIC_RELEASE);
    return atomic_load(&counter) + __atomic_load_n(&plain_counter, __ATOMIC_ACQUIRE) + expected;
}

int main(void) {
    float y[64], x[64];
    int a[100], b[100];
    for (int i = 0; i < 64; i++) { y[i] = i; x[i] = 64 - i; }
    for (int i = 0; i < 100; i++) { a[i] = i; b[i] = 3 * i; }
    saxpy(y, x, fscale, 64);
    long double r = ld_ops(ldv, 2.0L);
    __int128 w = mul128(wide, 3);
    printf("%f %d %Lf %llx %f %d %d\n", y[10], dot(a, b, 100), r, (unsigned long long)(w >> 64), mix(1.5f, dvalues[1], 3, 7u, 2), atomics(4), (int)(uwide & 0xff));
    return 0;
}
