/* v1 of the walk test: several functions, loops, recursion, a global struct and a static local. */
#include <stdio.h>
#include <string.h>

struct ledger {
    long balance;
    int entries;
};

static struct ledger ledger;

static int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static void post(long amount) {
    static int posted;
    posted++;
    ledger.balance += amount;
    ledger.entries++;
    printf("post %ld -> balance %ld (%d entries, %d posted)\n", amount, ledger.balance, ledger.entries, posted);
}

static long checksum(const char *text) {
    long sum = 0;
    for (size_t i = 0; i < strlen(text); i++) {
        sum = sum * 31 + (unsigned char) text[i];
    }
    return sum;
}

int main(void) {
    const char *words[] = {"alpha", "beta", "gamma"};
    for (int round = 0; round < 3; round++) {
        post(fib(round + 4));
        for (int w = 0; w < 3; w++) {
            long c = checksum(words[w]) % 1000;
            printf("round %d word %s checksum %ld\n", round, words[w], c);
        }
    }
    printf("final balance %ld after %d entries\n", ledger.balance, ledger.entries);
    return 0;
}
