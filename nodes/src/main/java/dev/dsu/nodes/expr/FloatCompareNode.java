package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** fcmp with LLVM's 16 predicates (code 0-15: bit 0 equal, bit 1 greater, bit 2 less, bit 3 unordered). */
public final class FloatCompareNode extends CExpressionNode.LongValued {
    private final int predicate;
    private final boolean isFloat;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public FloatCompareNode(int predicate, boolean isFloat, CExpressionNode lhs, CExpressionNode rhs) {
        this.predicate = predicate;
        this.isFloat = isFloat;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        double a;
        double b;
        if (isFloat) {
            a = lhs.executeFloat(frame);
            b = rhs.executeFloat(frame);
        } else {
            a = lhs.executeDouble(frame);
            b = rhs.executeDouble(frame);
        }
        return compare(predicate, a, b) ? -1L : 0L;
    }

    /**
     * One Java comparison per predicate: Java's {@code < <= > >= ==} are LLVM's ordered
     * predicates (false on NaN) and {@code !=} is une, so with a constant predicate the compiled
     * code is a single ucomisd instead of separate NaN tests combined with cmovs.
     */
    public static boolean compare(int predicate, double a, double b) {
        return switch (predicate) {
            case 0 -> false;
            case 1 -> a == b;
            case 2 -> a > b;
            case 3 -> a >= b;
            case 4 -> a < b;
            case 5 -> a <= b;
            case 6 -> a < b || a > b;
            case 7 -> a == a && b == b;
            case 8 -> a != a || b != b;
            case 9 -> !(a < b || a > b);
            case 10 -> !(a <= b);
            case 11 -> !(a < b);
            case 12 -> !(a >= b);
            case 13 -> !(a > b);
            case 14 -> a != b;
            default -> true;
        };
    }
}
