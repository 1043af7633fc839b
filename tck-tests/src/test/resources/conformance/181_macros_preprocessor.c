/* Checks preprocessor features: X-macros, stringification, token pasting, variadic macros, __func__, conditional compilation, __LINE__ arithmetic. */
#include <stdio.h>
#define COLORS(X) X(RED, 0xFF0000) X(GREEN, 0x00FF00) X(BLUE, 0x0000FF) X(WHITE, 0xFFFFFF)
#define AS_ENUM(n, v) COLOR_##n,
#define AS_NAME(n, v) #n,
#define AS_VAL(n, v) v,
enum Color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *names[] = {COLORS(AS_NAME)};
static const unsigned vals[] = {COLORS(AS_VAL)};
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define LOG(fmt, ...) printf("[%s] " fmt "\n", __func__, ##__VA_ARGS__)
#define COUNT_ARGS(...) COUNT_ARGS_(__VA_ARGS__, 5, 4, 3, 2, 1)
#define COUNT_ARGS_(a, b, c, d, e, n, ...) n
#define SQUARE(x) ((x) * (x))
#define VERSION 3
static void helper(void) { LOG("inside helper"); LOG("with args %d %s", 42, "x"); }
int main(void) {
    for (int i = 0; i < COLOR_COUNT; i++) printf("%s=%06x\n", names[i], vals[i]);
    printf("%s %s %s\n", STR(hello world), XSTR(VERSION), STR(SQUARE(1 + 2)));
    int CAT(my, var) = 17; printf("myvar=%d\n", myvar);
    printf("args: %d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b, c), COUNT_ARGS(1, 2, 3, 4, 5));
    printf("square: %d %d\n", SQUARE(5), SQUARE(2 + 3));
    helper();
#if VERSION >= 3 && defined(COLOR_COUNT) == 0
    printf("version >= 3\n");
#elif VERSION == 2
    printf("version 2\n");
#else
    printf("other version\n");
#endif
#ifdef __STDC_VERSION__
    printf("stdc >= c11: %d\n", __STDC_VERSION__ >= 201112L);
#endif
    int l1 = __LINE__; int l2 = __LINE__; printf("line delta=%d\n", l2 - l1);
#undef SQUARE
#ifndef SQUARE
    printf("SQUARE undefined\n");
#endif
    printf("%d\n", __STDC__);
    return 0;
}
