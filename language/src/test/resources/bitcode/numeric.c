#include <stdatomic.h>
float fvals[3] = {1.5f, -2.25f, 3.0f};
double dvals[2] = {3.141592653589793, -0.5};
long double ld = 1.25L;
long double ldarr[2] = {2.5L, -3.0L};
__int128 wide = ((__int128)1 << 100) + 7;
unsigned __int128 uwide = ~(unsigned __int128)0;
_Atomic int counter = 0;
short shorts[4] = {1, -2, 3, -4};
long longs[3] = {1L << 40, -5, 7};

long double ld_mul(long double a, long double b) { return a * b + ld; }
__int128 mul128(__int128 a, __int128 b) { return a * b + wide; }
double mixed(float f, double d, int i, unsigned u, long long l) {
    return f * d + i / 3 - u % 7 + (double)l + (float)(d > 2.0) - (-d);
}

void scale(float *restrict out, const float *restrict in, int n, float k) {
    for (int i = 0; i < n; i++) out[i] = in[i] * k + 1.0f;
}

int sum_ints(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

int atomics(int *p) {
    int old = __atomic_fetch_add(p, 5, __ATOMIC_SEQ_CST);
    int expected = old;
    __atomic_compare_exchange_n(p, &expected, 42, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
    __atomic_store_n(p, 7, __ATOMIC_RELEASE);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    atomic_fetch_sub(&counter, 1);
    counter++;
    return __atomic_load_n(p, __ATOMIC_ACQUIRE) + __atomic_exchange_n(p, 3, __ATOMIC_RELAXED) + counter;
}

typedef float v4 __attribute__((vector_size(16)));
v4 vadd(v4 a, v4 b) { return a + b * a; }
float vget(v4 a) { return a[2]; }

int main(void) {
    int x = 3;
    float out[8], in[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    scale(out, in, 8, 2.0f);
    int arr[16] = {1, 2, 3};
    return (int)ld_mul(2.0L, 3.0L) + (int)mul128(3, 4) + (int)mixed(1, 2, 3, 4, 5) + atomics(&x) + (int)out[3] + sum_ints(arr, 16);
}

int widen(short s, unsigned char c) { return s + c; }
