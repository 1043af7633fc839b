/* Writing past the end of a local array in a hot loop that runs compiled on its own by then
 * (on-stack replacement): the report names the array, from debug info, and the line in main. */
#include <stdio.h>

static volatile int when = 150000;
static volatile int length = 64;

int main(int argc, char **argv) {
    long counts[64];
    long sum = 0;
    for (int round = 0; round < 200000; round++) {
        int n = round == when ? length + argc * 8 : length;
        for (int i = 0; i < n; i++) {
            counts[i] = i + round;
        }
        sum += counts[round % 64];
    }
    printf("%ld\n", sum);
    return 0;
}
