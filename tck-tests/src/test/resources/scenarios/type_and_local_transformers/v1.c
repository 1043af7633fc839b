/* v1: temperatures in whole degrees Celsius. */
#include <stdio.h>

struct temp {
    int celsius;
};

struct station {
    char name[8];
    struct temp now;
    int id;
};

static struct temp today = {21};
static struct temp week[3] = {{18}, {19}, {20}};
static struct station station = {"north", {16}, 7};

static void show(int day, int reading, struct temp peak) {
    printf("day %d: reading %d C, peak %d C, today %d C, week %d/%d/%d C, %s#%d %d C\n", day, reading, peak.celsius, today.celsius,
           week[0].celsius, week[1].celsius, week[2].celsius, station.name, station.id, station.now.celsius);
}

int main(int argc, char **argv) {
    int days = argc + 3; /* 4, unknown to the optimiser */
    int reading = 10;
    struct temp peak = {30};
    for (int day = 1; day <= days; day++) {
        reading += day;
        today.celsius++;
        peak.celsius++;
        show(day, reading, peak);
    }
    return 0;
}
