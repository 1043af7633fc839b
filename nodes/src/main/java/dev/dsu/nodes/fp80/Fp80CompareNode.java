package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** fcmp on long double with LLVM's predicate codes (see FloatCompareNode). */
public final class Fp80CompareNode extends CExpressionNode.LongValued {
    private final int predicate;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public Fp80CompareNode(int predicate, CExpressionNode lhs, CExpressionNode rhs) {
        this.predicate = predicate;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        LongDouble a = (LongDouble) lhs.executeGeneric(frame);
        LongDouble b = (LongDouble) rhs.executeGeneric(frame);
        return LongDouble.compare(predicate, a, b) ? -1L : 0L;
    }
}
