package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** insertelement: a copy of the vector with one lane replaced (an out-of-range index changes nothing). */
public final class InsertElementNode extends CExpressionNode.ObjectValued {
    private final ValueKind lane;
    @Child private CExpressionNode vector;
    @Child private CExpressionNode element;
    @Child private CExpressionNode index;

    public InsertElementNode(ValueKind lane, CExpressionNode vector, CExpressionNode element, CExpressionNode index) {
        this.lane = lane;
        this.vector = vector;
        this.element = element;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = vector.executeGeneric(frame);
        switch (lane) {
            case FLOAT: {
                float e = element.executeFloat(frame);
                long i = index.executeLong(frame);
                float[] r = ((float[]) v).clone();
                if (Long.compareUnsigned(i, r.length) < 0) {
                    r[(int) i] = e;
                }
                return r;
            }
            case DOUBLE: {
                double e = element.executeDouble(frame);
                long i = index.executeLong(frame);
                double[] r = ((double[]) v).clone();
                if (Long.compareUnsigned(i, r.length) < 0) {
                    r[(int) i] = e;
                }
                return r;
            }
            default: {
                long e = element.executeLong(frame);
                long i = index.executeLong(frame);
                long[] r = ((long[]) v).clone();
                if (Long.compareUnsigned(i, r.length) < 0) {
                    r[(int) i] = e;
                }
                return r;
            }
        }
    }
}
