/* Checks _Bool / stdbool semantics: conversion to 0/1, arithmetic, logical operators. */
#include <stdio.h>
#include <stdbool.h>
static bool is_even(int x) { return x % 2 == 0; }
int main(void) {
    _Bool b1 = 5, b2 = 0, b3 = -1, b4 = (_Bool)0.5, b5 = 256;
    printf("%d %d %d %d %d\n", b1, b2, b3, b4, b5);
    bool arr[10]; int cnt = 0;
    for (int i = 0; i < 10; i++) { arr[i] = is_even(i); cnt += arr[i]; }
    printf("cnt=%d\n", cnt);
    bool t = true, f = false;
    printf("%d %d %d %d %d\n", t && f, t || f, !t, t ^ f, t + t);
    b1 = b1 + 1; printf("%d\n", b1);
    b2++; b2++; printf("%d\n", b2);
    int side = 0;
    if (f && (side = 1)) printf("no\n");
    if (t || (side = 2)) printf("short circuit side=%d\n", side);
    printf("sizeof=%zu true=%d false=%d\n", sizeof(bool), true, false);
    bool x = (bool)(void *)&cnt; printf("%d\n", x);
    unsigned bits = 0;
    for (int i = 0; i < 8; i++) bits |= (unsigned)arr[i] << i;
    printf("bits=%x\n", bits);
    return 0;
}
