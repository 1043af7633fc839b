package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.expr.FloatCompareNode;

/** Lane-wise fcmp (predicate code as in {@link FloatCompareNode}); the result is long[] of -1/0. */
public final class VectorFloatCompareNode extends CExpressionNode.ObjectValued {
    private final int predicate;
    private final ValueKind lane;
    private final int length;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public VectorFloatCompareNode(int predicate, ValueKind lane, int length, CExpressionNode lhs, CExpressionNode rhs) {
        this.predicate = predicate;
        this.lane = lane;
        this.length = length;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object x = lhs.executeGeneric(frame);
        Object y = rhs.executeGeneric(frame);
        long[] r = new long[length];
        if (lane == ValueKind.FLOAT) {
            float[] a = (float[]) x;
            float[] b = (float[]) y;
            for (int k = 0; k < length; k++) {
                r[k] = FloatCompareNode.compare(predicate, a[k], b[k]) ? -1L : 0L;
            }
        } else {
            double[] a = (double[]) x;
            double[] b = (double[]) y;
            for (int k = 0; k < length; k++) {
                r[k] = FloatCompareNode.compare(predicate, a[k], b[k]) ? -1L : 0L;
            }
        }
        return r;
    }
}
