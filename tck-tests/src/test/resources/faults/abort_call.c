/* abort() ends the program with SIGABRT's status. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("going down\n");
    fflush(stdout);
    abort();
}
