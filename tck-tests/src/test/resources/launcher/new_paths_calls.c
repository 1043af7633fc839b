/* A function that meets a branch it has not taken before in each of its 110 phases: each first
 * pass down a new branch deoptimises its compiled code, and it must still be compiled again
 * afterwards, not left to the interpreter once Truffle's default limit of 100 compilations of
 * one function is reached. */
#include <stdio.h>

#define PHASES 110
volatile int knob = 0;
static int enabled[PHASES];

__attribute__((noinline)) static unsigned long step(unsigned long acc, long i) {
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
    if (enabled[40]) acc = acc * 43 + (unsigned long)(i ^ 280);
    if (enabled[41]) acc = acc * 44 + (unsigned long)(i ^ 287);
    if (enabled[42]) acc = acc * 45 + (unsigned long)(i ^ 294);
    if (enabled[43]) acc = acc * 46 + (unsigned long)(i ^ 301);
    if (enabled[44]) acc = acc * 47 + (unsigned long)(i ^ 308);
    if (enabled[45]) acc = acc * 48 + (unsigned long)(i ^ 315);
    if (enabled[46]) acc = acc * 49 + (unsigned long)(i ^ 322);
    if (enabled[47]) acc = acc * 50 + (unsigned long)(i ^ 329);
    if (enabled[48]) acc = acc * 51 + (unsigned long)(i ^ 336);
    if (enabled[49]) acc = acc * 52 + (unsigned long)(i ^ 343);
    if (enabled[50]) acc = acc * 53 + (unsigned long)(i ^ 350);
    if (enabled[51]) acc = acc * 54 + (unsigned long)(i ^ 357);
    if (enabled[52]) acc = acc * 55 + (unsigned long)(i ^ 364);
    if (enabled[53]) acc = acc * 56 + (unsigned long)(i ^ 371);
    if (enabled[54]) acc = acc * 57 + (unsigned long)(i ^ 378);
    if (enabled[55]) acc = acc * 58 + (unsigned long)(i ^ 385);
    if (enabled[56]) acc = acc * 59 + (unsigned long)(i ^ 392);
    if (enabled[57]) acc = acc * 60 + (unsigned long)(i ^ 399);
    if (enabled[58]) acc = acc * 61 + (unsigned long)(i ^ 406);
    if (enabled[59]) acc = acc * 62 + (unsigned long)(i ^ 413);
    if (enabled[60]) acc = acc * 63 + (unsigned long)(i ^ 420);
    if (enabled[61]) acc = acc * 64 + (unsigned long)(i ^ 427);
    if (enabled[62]) acc = acc * 65 + (unsigned long)(i ^ 434);
    if (enabled[63]) acc = acc * 66 + (unsigned long)(i ^ 441);
    if (enabled[64]) acc = acc * 67 + (unsigned long)(i ^ 448);
    if (enabled[65]) acc = acc * 68 + (unsigned long)(i ^ 455);
    if (enabled[66]) acc = acc * 69 + (unsigned long)(i ^ 462);
    if (enabled[67]) acc = acc * 70 + (unsigned long)(i ^ 469);
    if (enabled[68]) acc = acc * 71 + (unsigned long)(i ^ 476);
    if (enabled[69]) acc = acc * 72 + (unsigned long)(i ^ 483);
    if (enabled[70]) acc = acc * 73 + (unsigned long)(i ^ 490);
    if (enabled[71]) acc = acc * 74 + (unsigned long)(i ^ 497);
    if (enabled[72]) acc = acc * 75 + (unsigned long)(i ^ 504);
    if (enabled[73]) acc = acc * 76 + (unsigned long)(i ^ 511);
    if (enabled[74]) acc = acc * 77 + (unsigned long)(i ^ 518);
    if (enabled[75]) acc = acc * 78 + (unsigned long)(i ^ 525);
    if (enabled[76]) acc = acc * 79 + (unsigned long)(i ^ 532);
    if (enabled[77]) acc = acc * 80 + (unsigned long)(i ^ 539);
    if (enabled[78]) acc = acc * 81 + (unsigned long)(i ^ 546);
    if (enabled[79]) acc = acc * 82 + (unsigned long)(i ^ 553);
    if (enabled[80]) acc = acc * 83 + (unsigned long)(i ^ 560);
    if (enabled[81]) acc = acc * 84 + (unsigned long)(i ^ 567);
    if (enabled[82]) acc = acc * 85 + (unsigned long)(i ^ 574);
    if (enabled[83]) acc = acc * 86 + (unsigned long)(i ^ 581);
    if (enabled[84]) acc = acc * 87 + (unsigned long)(i ^ 588);
    if (enabled[85]) acc = acc * 88 + (unsigned long)(i ^ 595);
    if (enabled[86]) acc = acc * 89 + (unsigned long)(i ^ 602);
    if (enabled[87]) acc = acc * 90 + (unsigned long)(i ^ 609);
    if (enabled[88]) acc = acc * 91 + (unsigned long)(i ^ 616);
    if (enabled[89]) acc = acc * 92 + (unsigned long)(i ^ 623);
    if (enabled[90]) acc = acc * 93 + (unsigned long)(i ^ 630);
    if (enabled[91]) acc = acc * 94 + (unsigned long)(i ^ 637);
    if (enabled[92]) acc = acc * 95 + (unsigned long)(i ^ 644);
    if (enabled[93]) acc = acc * 96 + (unsigned long)(i ^ 651);
    if (enabled[94]) acc = acc * 97 + (unsigned long)(i ^ 658);
    if (enabled[95]) acc = acc * 98 + (unsigned long)(i ^ 665);
    if (enabled[96]) acc = acc * 99 + (unsigned long)(i ^ 672);
    if (enabled[97]) acc = acc * 100 + (unsigned long)(i ^ 679);
    if (enabled[98]) acc = acc * 101 + (unsigned long)(i ^ 686);
    if (enabled[99]) acc = acc * 102 + (unsigned long)(i ^ 693);
    if (enabled[100]) acc = acc * 103 + (unsigned long)(i ^ 700);
    if (enabled[101]) acc = acc * 104 + (unsigned long)(i ^ 707);
    if (enabled[102]) acc = acc * 105 + (unsigned long)(i ^ 714);
    if (enabled[103]) acc = acc * 106 + (unsigned long)(i ^ 721);
    if (enabled[104]) acc = acc * 107 + (unsigned long)(i ^ 728);
    if (enabled[105]) acc = acc * 108 + (unsigned long)(i ^ 735);
    if (enabled[106]) acc = acc * 109 + (unsigned long)(i ^ 742);
    if (enabled[107]) acc = acc * 110 + (unsigned long)(i ^ 749);
    if (enabled[108]) acc = acc * 111 + (unsigned long)(i ^ 756);
    if (enabled[109]) acc = acc * 112 + (unsigned long)(i ^ 763);
    return acc;
}

int main(void) {
    unsigned long acc = 1;
    for (int phase = 0; phase < PHASES; phase++) {
        enabled[phase] = 1 + knob;
        for (long i = 0; i < 50; i++) acc = step(acc, i);
    }
    printf("phases: %d\nchecksum: %lu\n", PHASES, acc);
    return 0;
}
