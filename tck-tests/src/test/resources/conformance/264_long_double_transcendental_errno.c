/* errno and special values of the long double transcendental functions: EDOM for domain
   errors (NaN results), ERANGE for poles, overflow and underflow, NaN and infinity inputs.
   (sinl/cosl of an infinity are left out: gcc -O2 builds do not see errno set by them.) */
#include <errno.h>
#include <math.h>
#include <stdio.h>

#define CHECK(expr)                                                  \
    do {                                                             \
        errno = 0;                                                   \
        long double r_ = (expr);                                     \
        printf("%-22s %-12Lg errno %s\n", #expr, r_,                 \
               errno == EDOM ? "EDOM" : errno == ERANGE ? "ERANGE" : errno == 0 ? "0" : "other"); \
    } while (0)

int main(void) {
    volatile long double one = 1.0L, zero = 0.0L, inf = INFINITY, nan = NAN;
    printf("sinl(inf) %Lg cosl(-inf) %Lg\n", sinl(inf), cosl(-inf));
    CHECK(tanl(nan));
    CHECK(asinl(one * 2));
    CHECK(acosl(-one * 2));
    CHECK(atanl(-inf));
    CHECK(logl(-one));
    CHECK(logl(zero));
    CHECK(log2l(zero));
    CHECK(log10l(-one));
    CHECK(log1pl(-one));
    CHECK(log1pl(-one * 2));
    CHECK(expl(one * 20000));
    CHECK(expl(-one * 20000));
    CHECK(expl(-inf));
    CHECK(exp2l(one * 20000));
    CHECK(expm1l(-inf));
    CHECK(powl(zero, -one));
    CHECK(powl(-one * 2, one / 2));
    CHECK(powl(one * 10, one * 5000));
    CHECK(powl(one * 10, -one * 5000));
    CHECK(powl(nan, zero));
    CHECK(powl(-one, inf));
    CHECK(sinhl(one * 20000));
    CHECK(coshl(-one * 20000));
    CHECK(tanhl(-inf));
    CHECK(acoshl(one / 2));
    CHECK(atanhl(one));
    CHECK(atanhl(one * 2));
    CHECK(asinhl(-inf));
    CHECK(cbrtl(-inf));
    CHECK(hypotl(nan, inf));
    CHECK(tgammal(-one));
    CHECK(tgammal(zero));
    CHECK(tgammal(one * 2000));
    CHECK(lgammal(-one * 3));
    CHECK(erfl(-inf));
    CHECK(erfcl(-inf));
    CHECK(atan2l(zero, -zero));
    return 0;
}
