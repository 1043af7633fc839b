/* v2: the sleep v1 was in is issued again here, and ends when v1's would have. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    printf("v2 going to sleep\n");
    fflush(stdout);
    sleep(4);
    printf("v2 awake\n");
    return 0;
}
