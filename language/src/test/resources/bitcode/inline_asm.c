int with_asm(int x) {
    __asm__ volatile("nop");
    return x + 1;
}
