package dev.dsu.language.ir;

/** Cast operators, in LLVM bitcode order (CAST_TRUNC = 0 ...). */
public enum CastOp {
    TRUNC, ZEXT, SEXT, FPTOUI, FPTOSI, UITOFP, SITOFP, FPTRUNC, FPEXT, PTRTOINT, INTTOPTR, BITCAST, ADDRSPACECAST;
}
