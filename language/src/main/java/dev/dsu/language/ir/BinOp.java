package dev.dsu.language.ir;

/** Binary operators, in LLVM bitcode order for the integer forms (floating forms share codes there). */
public enum BinOp {
    ADD, SUB, MUL, UDIV, SDIV, UREM, SREM, SHL, LSHR, ASHR, AND, OR, XOR,
    FADD, FSUB, FMUL, FDIV, FREM;
}
