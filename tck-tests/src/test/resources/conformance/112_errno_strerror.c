/* Checks errno values set by library calls (strtol ERANGE, fopen ENOENT, math EDOM/ERANGE) and strerror texts. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <math.h>
int main(void) {
    errno = 0; long v = strtol("99999999999999999999", NULL, 10); printf("strtol %ld erange=%d\n", v, errno == ERANGE);
    errno = 0; v = strtol("123", NULL, 10); printf("ok errno=%d\n", errno);
    errno = 0; FILE *f = fopen("/nonexistent_dir_conformance/xyz", "r"); printf("fopen null=%d enoent=%d\n", f == NULL, errno == ENOENT);
    errno = 0; double d = log(-1.0); printf("log(-1) nan=%d edom=%d\n", isnan(d) != 0, errno == EDOM);
    errno = 0; d = exp(1000.0); printf("exp(1000) inf=%d erange=%d\n", isinf(d) != 0, errno == ERANGE);
    errno = 0; d = sqrt(-4.0); printf("sqrt(-4) nan=%d edom=%d\n", isnan(d) != 0, errno == EDOM);
    errno = 0; d = strtod("1e999", NULL); printf("strtod inf=%d erange=%d\n", isinf(d) != 0, errno == ERANGE);
    printf("ENOENT=%d EDOM=%d ERANGE=%d EINVAL=%d\n", ENOENT, EDOM, ERANGE, EINVAL);
    printf("%s\n%s\n%s\n%s\n", strerror(ENOENT), strerror(EDOM), strerror(ERANGE), strerror(0));
    errno = ENOENT; perror("perror to stderr");
    printf("math_errhandling&MATH_ERRNO=%d\n", (math_errhandling & MATH_ERRNO) != 0);
    return 0;
}
