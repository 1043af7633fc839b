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

    public static boolean compare(int predicate, double a, double b) {
        boolean unordered = Double.isNaN(a) || Double.isNaN(b);
        if (unordered) {
            return (predicate & 8) != 0;
        }
        return ((predicate & 1) != 0 && a == b) || ((predicate & 2) != 0 && a > b) || ((predicate & 4) != 0 && a < b);
    }
}
