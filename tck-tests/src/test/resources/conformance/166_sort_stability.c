/* Checks stable sorting emulated with qsort plus original index tiebreak, multi-key record sorting and insertion sort stability. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct { char name[12]; int dept; double salary; int idx; } Emp;
static int by_dept_stable(const void *a, const void *b) { const Emp *x = a, *y = b; if (x->dept != y->dept) return x->dept < y->dept ? -1 : 1; return x->idx - y->idx; }
static int by_salary_desc_name(const void *a, const void *b) { const Emp *x = a, *y = b; if (x->salary != y->salary) return x->salary < y->salary ? 1 : -1; return strcmp(x->name, y->name); }
int main(void) {
    Emp e[] = {{"ann", 3, 5000, 0}, {"bob", 1, 7000, 0}, {"cid", 2, 5000, 0}, {"dee", 1, 6000, 0}, {"eve", 3, 7000, 0}, {"fay", 2, 5500, 0}, {"gus", 1, 5000, 0}, {"hal", 3, 6000, 0}, {"ivy", 2, 7000, 0}};
    int n = sizeof e / sizeof e[0]; for (int i = 0; i < n; i++) e[i].idx = i;
    qsort(e, (size_t)n, sizeof e[0], by_salary_desc_name); printf("by salary:"); for (int i = 0; i < n; i++) printf(" %s(%.0f)", e[i].name, e[i].salary); printf("\n");
    for (int i = 0; i < n; i++) e[i].idx = i; qsort(e, (size_t)n, sizeof e[0], by_dept_stable);
    printf("by dept (stable):"); for (int i = 0; i < n; i++) printf(" %d:%s", e[i].dept, e[i].name); printf("\n");
    Emp c[9]; memcpy(c, e, sizeof c); for (int i = 1; i < n; i++) { Emp v = c[i]; int j = i - 1; while (j >= 0 && strcmp(c[j].name, v.name) > 0) { c[j + 1] = c[j]; j--; } c[j + 1] = v; }
    printf("by name:"); for (int i = 0; i < n; i++) printf(" %s", c[i].name); printf("\n");
    double tot[4] = {0}; int cnt[4] = {0}; for (int i = 0; i < n; i++) { tot[e[i].dept] += e[i].salary; cnt[e[i].dept]++; }
    for (int d = 1; d <= 3; d++) printf("dept %d avg %.2f\n", d, tot[d] / cnt[d]);
    return 0;
}
