/* Checks bitfields overlaid on a 32-bit word via a union (register emulation), bitfield arithmetic in loops and bool/enum bitfields. */
#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>
typedef union { uint32_t raw; struct { uint32_t enable : 1; uint32_t mode : 3; uint32_t prescale : 8; uint32_t : 4; uint32_t count : 12; uint32_t irq : 1; uint32_t err : 3; } f; } Reg;
enum Mode { M_OFF, M_ONE, M_CONT, M_PWM };
struct Status { bool ready : 1; enum Mode mode : 2; unsigned level : 5; int delta : 4; };
int main(void) {
    Reg r = {0}; r.f.enable = 1; r.f.mode = 5; r.f.prescale = 0xAB; r.f.count = 0xFFF; r.f.irq = 1; r.f.err = 6;
    printf("raw=%08x\n", r.raw);
    r.raw = 0x12345678u; printf("en=%u mode=%u pre=%u count=%u irq=%u err=%u\n", r.f.enable, r.f.mode, r.f.prescale, r.f.count, r.f.irq, r.f.err);
    for (int i = 0; i < 5000; i += 700) { r.f.count = (uint32_t)i & 0xFFFu; r.f.count++; printf("%u ", r.f.count); } printf("\n");
    r.f.prescale = 250; for (int i = 0; i < 10; i++) r.f.prescale++; printf("prescale wrap=%u raw=%08x\n", r.f.prescale, r.raw);
    struct Status s = {true, M_PWM, 31, -8}; printf("%d %d %u %d size=%zu\n", s.ready, s.mode, s.level, s.delta, sizeof s);
    s.level += 3; s.delta = 7; s.delta = s.delta + 0; s.mode = M_ONE; printf("%d %d %u %d\n", s.ready, s.mode, s.level, s.delta);
    int acc = 0; for (int i = -8; i < 8; i++) { s.delta = i; acc += s.delta * 3; } printf("acc=%d\n", acc);
    return 0;
}
