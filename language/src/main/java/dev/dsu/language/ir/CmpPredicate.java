package dev.dsu.language.ir;

/** Comparison predicates; {@link #code} is LLVM's numbering (FCMP 0-15, ICMP 32-41). */
public enum CmpPredicate {
    FCMP_FALSE(0), FCMP_OEQ(1), FCMP_OGT(2), FCMP_OGE(3), FCMP_OLT(4), FCMP_OLE(5), FCMP_ONE(6), FCMP_ORD(7),
    FCMP_UNO(8), FCMP_UEQ(9), FCMP_UGT(10), FCMP_UGE(11), FCMP_ULT(12), FCMP_ULE(13), FCMP_UNE(14), FCMP_TRUE(15),
    ICMP_EQ(32), ICMP_NE(33), ICMP_UGT(34), ICMP_UGE(35), ICMP_ULT(36), ICMP_ULE(37), ICMP_SGT(38), ICMP_SGE(39),
    ICMP_SLT(40), ICMP_SLE(41);

    public final int code;

    CmpPredicate(int code) {
        this.code = code;
    }

    public boolean isFloat() {
        return code < 32;
    }

    public static CmpPredicate fromCode(int code) {
        for (CmpPredicate p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown comparison predicate " + code);
    }
}
