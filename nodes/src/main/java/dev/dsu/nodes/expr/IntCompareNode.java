package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** icmp on canonical (sign-extended) values: unsigned order is preserved by sign extension. Result is i1 (-1 or 0). */
public final class IntCompareNode extends CExpressionNode.LongValued {
    public enum Predicate {
        EQ, NE, UGT, UGE, ULT, ULE, SGT, SGE, SLT, SLE
    }

    private final Predicate predicate;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public IntCompareNode(Predicate predicate, CExpressionNode lhs, CExpressionNode rhs) {
        this.predicate = predicate;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return compare(predicate, lhs.executeLong(frame), rhs.executeLong(frame)) ? -1L : 0L;
    }

    public static boolean compare(Predicate p, long a, long b) {
        return switch (p) {
            case EQ -> a == b;
            case NE -> a != b;
            case UGT -> Long.compareUnsigned(a, b) > 0;
            case UGE -> Long.compareUnsigned(a, b) >= 0;
            case ULT -> Long.compareUnsigned(a, b) < 0;
            case ULE -> Long.compareUnsigned(a, b) <= 0;
            case SGT -> a > b;
            case SGE -> a >= b;
            case SLT -> a < b;
            case SLE -> a <= b;
        };
    }
}
