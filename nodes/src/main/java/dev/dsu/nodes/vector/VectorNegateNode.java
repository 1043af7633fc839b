package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** fneg on a float[] or double[] vector (flips the sign bit, NaNs included). */
public final class VectorNegateNode extends CExpressionNode.ObjectValued {
    private final ValueKind lane;
    private final int length;
    @Child private CExpressionNode operand;

    public VectorNegateNode(ValueKind lane, int length, CExpressionNode operand) {
        this.lane = lane;
        this.length = length;
        this.operand = operand;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object v = operand.executeGeneric(frame);
        if (lane == ValueKind.FLOAT) {
            float[] a = (float[]) v;
            float[] r = new float[length];
            for (int k = 0; k < length; k++) {
                r[k] = -a[k];
            }
            return r;
        }
        double[] a = (double[]) v;
        double[] r = new double[length];
        for (int k = 0; k < length; k++) {
            r[k] = -a[k];
        }
        return r;
    }
}
