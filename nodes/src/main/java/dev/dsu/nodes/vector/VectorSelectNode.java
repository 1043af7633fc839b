package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** select with an &lt;N x i1&gt; condition: picks each lane from one of the two vectors. */
public final class VectorSelectNode extends CExpressionNode.ObjectValued {
    private final ValueKind lane;
    private final int length;
    @Child private CExpressionNode condition;
    @Child private CExpressionNode ifTrue;
    @Child private CExpressionNode ifFalse;

    public VectorSelectNode(ValueKind lane, int length, CExpressionNode condition, CExpressionNode ifTrue, CExpressionNode ifFalse) {
        this.lane = lane;
        this.length = length;
        this.condition = condition;
        this.ifTrue = ifTrue;
        this.ifFalse = ifFalse;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        long[] c = (long[]) condition.executeGeneric(frame);
        Object t = ifTrue.executeGeneric(frame);
        Object f = ifFalse.executeGeneric(frame);
        switch (lane) {
            case FLOAT: {
                float[] a = (float[]) t;
                float[] b = (float[]) f;
                float[] r = new float[length];
                for (int k = 0; k < length; k++) {
                    r[k] = c[k] != 0 ? a[k] : b[k];
                }
                return r;
            }
            case DOUBLE: {
                double[] a = (double[]) t;
                double[] b = (double[]) f;
                double[] r = new double[length];
                for (int k = 0; k < length; k++) {
                    r[k] = c[k] != 0 ? a[k] : b[k];
                }
                return r;
            }
            default: {
                long[] a = (long[]) t;
                long[] b = (long[]) f;
                long[] r = new long[length];
                for (int k = 0; k < length; k++) {
                    r[k] = c[k] != 0 ? a[k] : b[k];
                }
                return r;
            }
        }
    }
}
