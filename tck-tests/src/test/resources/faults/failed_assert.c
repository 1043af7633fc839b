/* A failing assert prints glibc's message and aborts. */
#include <assert.h>

int main(int argc, char **argv) {
    assert(argc == 7);
    return 0;
}
