/* Checks parsing CSV records from stdin with fgets, strtok_r and strtod/strtol, then aggregating by category. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Cat { char name[16]; int count; double total, maxv; } cats[16]; int ncats;
int main(void) {
    char line[256]; int lineno = 0, bad = 0;
    if (!fgets(line, sizeof line, stdin)) return 1; printf("header: %s", line);
    while (fgets(line, sizeof line, stdin)) {
        lineno++; line[strcspn(line, "\n")] = 0; char *save, *id = strtok_r(line, ",", &save), *cat = strtok_r(NULL, ",", &save), *amt = strtok_r(NULL, ",", &save);
        if (!id || !cat || !amt) { bad++; printf("line %d: malformed\n", lineno); continue; }
        char *e; long idv = strtol(id, &e, 10); if (*e) { bad++; printf("line %d: bad id '%s'\n", lineno, id); continue; }
        double a = strtod(amt, &e); if (*e) { bad++; printf("line %d: bad amount '%s'\n", lineno, amt); continue; }
        int k; for (k = 0; k < ncats; k++) if (!strcmp(cats[k].name, cat)) break;
        if (k == ncats) { snprintf(cats[k].name, sizeof cats[k].name, "%s", cat); cats[k].maxv = a; ncats++; }
        cats[k].count++; cats[k].total += a; if (a > cats[k].maxv) cats[k].maxv = a; (void)idv;
    }
    for (int k = 0; k < ncats; k++) printf("%-10s n=%d total=%9.2f avg=%8.3f max=%8.2f\n", cats[k].name, cats[k].count, cats[k].total, cats[k].total / cats[k].count, cats[k].maxv);
    printf("records=%d bad=%d\n", lineno, bad);
    return 0;
}
