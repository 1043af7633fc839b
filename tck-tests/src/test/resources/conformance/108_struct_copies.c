/* Checks struct assignment/copies that compile to memcpy intrinsics: large structs, arrays of structs, swaps, self-assign. */
#include <stdio.h>
#include <string.h>
typedef struct { char name[40]; int scores[10]; double avg; } Student;
typedef struct { Student s[4]; int n; } Class;
static unsigned sig(const void *p, size_t n) { const unsigned char *b = p; unsigned h = 0; for (size_t i = 0; i < n; i++) h = h * 31 + b[i]; return h; }
__attribute__((noinline)) static Student make(int k) { Student s; memset(&s, 0, sizeof s); snprintf(s.name, sizeof s.name, "student-%d", k); double t = 0; for (int i = 0; i < 10; i++) { s.scores[i] = (k * 17 + i * 7) % 100; t += s.scores[i]; } s.avg = t / 10; return s; }
__attribute__((noinline)) static void swap(Student *a, Student *b) { Student t = *a; *a = *b; *b = t; }
int main(void) {
    Class c; memset(&c, 0, sizeof c); c.n = 4; for (int i = 0; i < 4; i++) c.s[i] = make(i + 1);
    Class d = c; printf("eq=%d sig=%u\n", memcmp(&c, &d, sizeof c) == 0, sig(&d, sizeof d));
    d.s[2].scores[5] = 1000; printf("c=%d d=%d\n", c.s[2].scores[5], d.s[2].scores[5]);
    swap(&c.s[0], &c.s[3]); printf("%s %s %.1f %.1f\n", c.s[0].name, c.s[3].name, c.s[0].avg, c.s[3].avg);
    c.s[1] = c.s[1]; printf("self %s\n", c.s[1].name);
    Student arr[6]; for (int i = 0; i < 6; i++) arr[i] = make(i * 3);
    for (int i = 0; i < 5; i++) for (int j = 0; j < 5 - i; j++) if (arr[j].avg > arr[j + 1].avg) swap(&arr[j], &arr[j + 1]);
    for (int i = 0; i < 6; i++) printf("%s %.1f\n", arr[i].name, arr[i].avg);
    struct { int a[100]; } big1, big2; for (int i = 0; i < 100; i++) big1.a[i] = i * i; big2 = big1; long s = 0; for (int i = 0; i < 100; i++) s += big2.a[i]; printf("big sum=%ld\n", s);
    Student *p = &arr[0]; *p = (Student){.name = "literal", .avg = 9.5}; printf("%s %d %.1f\n", p->name, p->scores[3], p->avg);
    return 0;
}
