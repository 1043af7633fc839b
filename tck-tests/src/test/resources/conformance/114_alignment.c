/* Checks _Alignof/_Alignas, aligned attribute, struct padding and offsetof for various member orders. */
#include <stdio.h>
#include <stddef.h>
#include <stdalign.h>
#include <stdint.h>
struct A { char c; int i; };
struct B { char c; double d; char e; };
struct C { char a, b, c; };
struct D { short s; char c; long long l; };
struct E { char c; _Alignas(16) int x; };
struct F { int i; char c; } __attribute__((aligned(32)));
struct G { char c; long double ld; };
union U { char c; double d; int arr[3]; };
int main(void) {
    printf("align: char=%zu short=%zu int=%zu long=%zu ll=%zu float=%zu double=%zu ldouble=%zu ptr=%zu max=%zu\n", alignof(char), alignof(short), alignof(int), alignof(long),
           alignof(long long), alignof(float), alignof(double), alignof(long double), alignof(void *), alignof(max_align_t));
    printf("A %zu %zu %zu\n", sizeof(struct A), _Alignof(struct A), offsetof(struct A, i));
    printf("B %zu %zu %zu %zu\n", sizeof(struct B), _Alignof(struct B), offsetof(struct B, d), offsetof(struct B, e));
    printf("C %zu %zu\n", sizeof(struct C), _Alignof(struct C));
    printf("D %zu %zu %zu\n", sizeof(struct D), offsetof(struct D, c), offsetof(struct D, l));
    printf("E %zu %zu %zu\n", sizeof(struct E), _Alignof(struct E), offsetof(struct E, x));
    printf("F %zu %zu\n", sizeof(struct F), _Alignof(struct F));
    printf("G %zu %zu %zu\n", sizeof(struct G), _Alignof(struct G), offsetof(struct G, ld));
    printf("U %zu %zu\n", sizeof(union U), _Alignof(union U));
    _Alignas(64) char buf[10]; printf("buf aligned=%d\n", ((uintptr_t)buf % 64) == 0);
    struct F farr[3]; printf("farr aligned=%d stride=%td\n", ((uintptr_t)&farr[1] % 32) == 0, (char *)&farr[1] - (char *)&farr[0]);
    alignas(double) unsigned char raw[sizeof(double)]; printf("raw aligned=%d\n", ((uintptr_t)raw % alignof(double)) == 0);
    return 0;
}
