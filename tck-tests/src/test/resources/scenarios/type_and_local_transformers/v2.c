/* v2: temperatures become kelvin in a double; no default transformation turns an int member
 * into an unrelated one, so the patch names C transformers: one for the type (applied to
 * globals, array elements, nested members and locals alike) and one for the local 'reading',
 * which changes from an int into a struct. */
#include <stdio.h>

struct temp {
    double kelvin;
};

struct station {
    char name[8];
    struct temp now;
    int id;
};

/* a fresh start of v2 would begin here; an update keeps the running values */
static struct temp today = {-1};
static struct temp week[3] = {{-1}, {-1}, {-1}};
static struct station station = {"south", {-1}, 0};

/* the layout of v1's struct temp, for the transformers */
struct temp_v1 {
    int celsius;
};

void temp_from_v1(const struct temp_v1 *old, struct temp *neu) {
    neu->kelvin = old->celsius + 273.15;
}

void reading_from_v1(const int *old, struct temp *neu) {
    neu->kelvin = *old + 273.15;
}

static void show(int day, struct temp reading, struct temp peak) {
    printf("day %d: reading %.2f K, peak %.2f K, today %.2f K, week %.2f/%.2f/%.2f K, %s#%d %.2f K (v2)\n", day, reading.kelvin, peak.kelvin,
           today.kelvin, week[0].kelvin, week[1].kelvin, week[2].kelvin, station.name, station.id, station.now.kelvin);
}

int main(int argc, char **argv) {
    int days = argc + 3; /* 4, unknown to the optimiser */
    struct temp reading = {283.15};
    struct temp peak = {303.15};
    for (int day = 1; day <= days; day++) {
        reading.kelvin += day;
        today.kelvin += 1;
        peak.kelvin += 1;
        show(day, reading, peak);
    }
    return 0;
}
