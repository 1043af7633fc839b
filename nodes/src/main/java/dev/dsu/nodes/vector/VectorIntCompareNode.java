package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.expr.IntCompareNode;

/** Lane-wise icmp; the result is an &lt;N x i1&gt; held as long[] of -1/0. */
public final class VectorIntCompareNode extends CExpressionNode.ObjectValued {
    private final IntCompareNode.Predicate predicate;
    private final int length;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public VectorIntCompareNode(IntCompareNode.Predicate predicate, int length, CExpressionNode lhs, CExpressionNode rhs) {
        this.predicate = predicate;
        this.length = length;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        long[] a = (long[]) lhs.executeGeneric(frame);
        long[] b = (long[]) rhs.executeGeneric(frame);
        long[] r = new long[length];
        for (int k = 0; k < length; k++) {
            r[k] = IntCompareNode.compare(predicate, a[k], b[k]) ? -1L : 0L;
        }
        return r;
    }
}
