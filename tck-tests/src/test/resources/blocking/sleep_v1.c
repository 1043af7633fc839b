/* v1 sleeps for a long time; an update must not wait for it. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    printf("v1 going to sleep\n");
    fflush(stdout);
    sleep(4);
    printf("v1 awake\n");
    return 0;
}
