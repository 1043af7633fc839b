package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.expr.FloatBinaryNode;

/** Lane-wise fadd/fsub/fmul/fdiv/frem on float[] or double[] vectors. */
public final class VectorFloatBinaryNode extends CExpressionNode.ObjectValued {
    private final FloatBinaryNode.Op op;
    private final ValueKind lane;
    private final int length;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public VectorFloatBinaryNode(FloatBinaryNode.Op op, ValueKind lane, int length, CExpressionNode lhs, CExpressionNode rhs) {
        this.op = op;
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
        if (lane == ValueKind.FLOAT) {
            float[] a = (float[]) x;
            float[] b = (float[]) y;
            float[] r = new float[length];
            for (int k = 0; k < length; k++) {
                r[k] = FloatBinaryNode.compute(op, a[k], b[k]);
            }
            return r;
        }
        double[] a = (double[]) x;
        double[] b = (double[]) y;
        double[] r = new double[length];
        for (int k = 0; k < length; k++) {
            r[k] = FloatBinaryNode.compute(op, a[k], b[k]);
        }
        return r;
    }
}
