/* Checks a small realistic program: an inventory/order simulation with structs, arrays, a fixed-seed rand() workload and reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct { char sku[8]; int stock; int reorder; double price; long sold; double revenue; } Item;
int main(void) {
    Item inv[6] = {{"A100", 50, 10, 2.50, 0, 0}, {"B200", 20, 5, 10.00, 0, 0}, {"C300", 5, 2, 99.99, 0, 0}, {"D400", 100, 30, 0.75, 0, 0}, {"E500", 0, 5, 15.25, 0, 0}, {"F600", 12, 4, 7.10, 0, 0}};
    srand(42); int orders = 0, rejected = 0, restocks = 0;
    for (int day = 1; day <= 30; day++) {
        int n = rand() % 8 + 1;
        for (int k = 0; k < n; k++) { int i = rand() % 6, q = rand() % 6 + 1; orders++;
            if (inv[i].stock >= q) { inv[i].stock -= q; inv[i].sold += q; inv[i].revenue += q * inv[i].price; } else rejected++; }
        for (int i = 0; i < 6; i++) if (inv[i].stock <= inv[i].reorder) { inv[i].stock += inv[i].reorder * 3; restocks++; }
        if (day % 10 == 0) { printf("day %2d:", day); for (int i = 0; i < 6; i++) printf(" %s=%d", inv[i].sku, inv[i].stock); printf("\n"); }
    }
    double total = 0; for (int i = 0; i < 6; i++) { printf("%-5s sold=%4ld revenue=%10.2f\n", inv[i].sku, inv[i].sold, inv[i].revenue); total += inv[i].revenue; }
    printf("orders=%d rejected=%d restocks=%d total=%.2f\n", orders, rejected, restocks, total);
    int best = 0; for (int i = 1; i < 6; i++) if (inv[i].revenue > inv[best].revenue) best = i; printf("best=%s\n", inv[best].sku);
    return 0;
}
