/* A hot loop that meets a branch it has not taken before in each of its 40 phases, the way a
 * long-running program keeps finding new paths: each first pass down a new branch deoptimises
 * the loop's OSR code, and the loop must still be compiled again afterwards, not left to the
 * interpreter once Truffle's default limit of 30 OSR recompilations is reached. */
#include <stdio.h>

#define PHASES 40
volatile int knob = 0;
static int enabled[PHASES];

int main(void) {
    unsigned long acc = 1;
    for (int phase = 0; phase < PHASES; phase++) {
        enabled[phase] = 1 + knob;
        for (long i = 0; i < 30000; i++) {
            if (enabled[0]) acc = acc * 3 + (unsigned long)(i ^ 0);
            if (enabled[1]) acc = acc * 4 + (unsigned long)(i ^ 7);
            if (enabled[2]) acc = acc * 5 + (unsigned long)(i ^ 14);
            if (enabled[3]) acc = acc * 6 + (unsigned long)(i ^ 21);
            if (enabled[4]) acc = acc * 7 + (unsigned long)(i ^ 28);
            if (enabled[5]) acc = acc * 8 + (unsigned long)(i ^ 35);
            if (enabled[6]) acc = acc * 9 + (unsigned long)(i ^ 42);
            if (enabled[7]) acc = acc * 10 + (unsigned long)(i ^ 49);
            if (enabled[8]) acc = acc * 11 + (unsigned long)(i ^ 56);
            if (enabled[9]) acc = acc * 12 + (unsigned long)(i ^ 63);
            if (enabled[10]) acc = acc * 13 + (unsigned long)(i ^ 70);
            if (enabled[11]) acc = acc * 14 + (unsigned long)(i ^ 77);
            if (enabled[12]) acc = acc * 15 + (unsigned long)(i ^ 84);
            if (enabled[13]) acc = acc * 16 + (unsigned long)(i ^ 91);
            if (enabled[14]) acc = acc * 17 + (unsigned long)(i ^ 98);
            if (enabled[15]) acc = acc * 18 + (unsigned long)(i ^ 105);
            if (enabled[16]) acc = acc * 19 + (unsigned long)(i ^ 112);
            if (enabled[17]) acc = acc * 20 + (unsigned long)(i ^ 119);
            if (enabled[18]) acc = acc * 21 + (unsigned long)(i ^ 126);
            if (enabled[19]) acc = acc * 22 + (unsigned long)(i ^ 133);
            if (enabled[20]) acc = acc * 23 + (unsigned long)(i ^ 140);
            if (enabled[21]) acc = acc * 24 + (unsigned long)(i ^ 147);
            if (enabled[22]) acc = acc * 25 + (unsigned long)(i ^ 154);
            if (enabled[23]) acc = acc * 26 + (unsigned long)(i ^ 161);
            if (enabled[24]) acc = acc * 27 + (unsigned long)(i ^ 168);
            if (enabled[25]) acc = acc * 28 + (unsigned long)(i ^ 175);
            if (enabled[26]) acc = acc * 29 + (unsigned long)(i ^ 182);
            if (enabled[27]) acc = acc * 30 + (unsigned long)(i ^ 189);
            if (enabled[28]) acc = acc * 31 + (unsigned long)(i ^ 196);
            if (enabled[29]) acc = acc * 32 + (unsigned long)(i ^ 203);
            if (enabled[30]) acc = acc * 33 + (unsigned long)(i ^ 210);
            if (enabled[31]) acc = acc * 34 + (unsigned long)(i ^ 217);
            if (enabled[32]) acc = acc * 35 + (unsigned long)(i ^ 224);
            if (enabled[33]) acc = acc * 36 + (unsigned long)(i ^ 231);
            if (enabled[34]) acc = acc * 37 + (unsigned long)(i ^ 238);
            if (enabled[35]) acc = acc * 38 + (unsigned long)(i ^ 245);
            if (enabled[36]) acc = acc * 39 + (unsigned long)(i ^ 252);
            if (enabled[37]) acc = acc * 40 + (unsigned long)(i ^ 259);
            if (enabled[38]) acc = acc * 41 + (unsigned long)(i ^ 266);
            if (enabled[39]) acc = acc * 42 + (unsigned long)(i ^ 273);
        }
    }
    printf("phases: %d\nchecksum: %lu\n", PHASES, acc);
    return 0;
}
