/* Checks a small data-driven text adventure: rooms in a struct table, scripted commands, inventory bit flags and a scored ending (exit status 2). */
#include <stdio.h>
#include <string.h>
typedef struct { const char *name; int exits[4]; unsigned item; } Room; /* exits: n e s w */
enum { LAMP = 1, KEY = 2, GEM = 4 };
static const Room rooms[] = {{"Hall", {1, 2, -1, -1}, 0}, {"Library", {-1, 3, 0, -1}, LAMP}, {"Kitchen", {3, -1, -1, 0}, KEY}, {"Vault", {-1, -1, 2, 1}, GEM}};
int main(void) {
    const char *script[] = {"look", "n", "take", "e", "take", "s", "w", "s", "e", "take", "n", "take", "inventory", "dance", "w", "quit"};
    int here = 0, moves = 0; unsigned inv = 0, taken = 0; const char *dirs = "nesw";
    for (size_t i = 0; i < sizeof script / sizeof *script; i++) {
        const char *c = script[i]; printf("> %s\n", c);
        if (strlen(c) == 1 && strchr(dirs, c[0])) { int d = (int)(strchr(dirs, c[0]) - dirs), to = rooms[here].exits[d];
            if (to < 0) printf("You can't go that way.\n"); else if (to == 3 && !(inv & KEY)) printf("The vault is locked.\n"); else { here = to; moves++; printf("You are in the %s.\n", rooms[here].name); } }
        else if (!strcmp(c, "look")) printf("%s. Exits:%s%s%s%s\n", rooms[here].name, rooms[here].exits[0] >= 0 ? " n" : "", rooms[here].exits[1] >= 0 ? " e" : "", rooms[here].exits[2] >= 0 ? " s" : "", rooms[here].exits[3] >= 0 ? " w" : "");
        else if (!strcmp(c, "take")) { unsigned it = rooms[here].item & ~taken; if (it) { inv |= it; taken |= it; printf("Taken (item %u).\n", it); } else printf("Nothing here.\n"); }
        else if (!strcmp(c, "inventory")) printf("You carry:%s%s%s\n", inv & LAMP ? " lamp" : "", inv & KEY ? " key" : "", inv & GEM ? " gem" : "");
        else if (!strcmp(c, "quit")) break;
        else printf("I don't understand '%s'.\n", c);
    }
    int score = __builtin_popcount(inv) * 10 - moves; printf("moves=%d score=%d\n", moves, score);
    return (inv & GEM) ? 2 : 0;
}
