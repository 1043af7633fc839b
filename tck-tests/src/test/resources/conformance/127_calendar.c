/* Checks calendar arithmetic: leap years, day of week (Zeller and Sakamoto), days between dates, printing a month. */
#include <stdio.h>
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int sakamoto(int y, int m, int d) { static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}; if (m < 3) y--; return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; }
static int zeller(int y, int m, int d) { if (m < 3) { m += 12; y--; } int k = y % 100, j = y / 100; int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; return (h + 6) % 7; }
static long days_from_civil(long y, int m, int d) { y -= m <= 2; long era = (y >= 0 ? y : y - 399) / 400; long yoe = y - era * 400; long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; return era * 146097 + doe - 719468; }
int main(void) {
    int ys[] = {1900, 2000, 2004, 2100, 2023, 2024, 1600, 1}; for (int i = 0; i < 8; i++) printf("%d leap=%d\n", ys[i], leap(ys[i]));
    int dates[][3] = {{1970, 1, 1}, {2000, 2, 29}, {2024, 7, 4}, {1969, 7, 20}, {1900, 1, 1}, {2038, 1, 19}, {1582, 10, 15}};
    const char *dn[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    for (int i = 0; i < 7; i++) printf("%04d-%02d-%02d %s %s days=%ld\n", dates[i][0], dates[i][1], dates[i][2], dn[sakamoto(dates[i][0], dates[i][1], dates[i][2])], dn[zeller(dates[i][0], dates[i][1], dates[i][2])], days_from_civil(dates[i][0], dates[i][1], dates[i][2]));
    printf("between=%ld\n", days_from_civil(2024, 12, 25) - days_from_civil(1999, 12, 31));
    int y = 2024, m = 2; static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}; int nd = md[m - 1] + (m == 2 && leap(y));
    printf("   February %d\nSu Mo Tu We Th Fr Sa\n", y); int w = sakamoto(y, m, 1); for (int i = 0; i < w; i++) printf("   ");
    for (int d = 1; d <= nd; d++) { printf("%2d%c", d, (w + d) % 7 == 0 ? '\n' : ' '); } printf("\n");
    int f13 = 0; for (int yy = 2000; yy < 2030; yy++) for (int mm = 1; mm <= 12; mm++) f13 += sakamoto(yy, mm, 13) == 5; printf("friday13s=%d\n", f13);
    return 0;
}
