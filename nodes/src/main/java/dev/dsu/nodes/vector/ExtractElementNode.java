package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** extractelement; an out-of-range index yields poison in LLVM, here zero. */
public final class ExtractElementNode extends CExpressionNode {
    private final ValueKind lane;
    @Child private CExpressionNode vector;
    @Child private CExpressionNode index;

    public ExtractElementNode(ValueKind lane, CExpressionNode vector, CExpressionNode index) {
        this.lane = lane;
        this.vector = vector;
        this.index = index;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long[] v = (long[]) vector.executeGeneric(frame);
        long i = index.executeLong(frame);
        return Long.compareUnsigned(i, v.length) < 0 ? v[(int) i] : 0L;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double[] v = (double[]) vector.executeGeneric(frame);
        long i = index.executeLong(frame);
        return Long.compareUnsigned(i, v.length) < 0 ? v[(int) i] : 0.0;
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        float[] v = (float[]) vector.executeGeneric(frame);
        long i = index.executeLong(frame);
        return Long.compareUnsigned(i, v.length) < 0 ? v[(int) i] : 0.0f;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return switch (lane) {
            case LONG -> executeLong(frame);
            case DOUBLE -> executeDouble(frame);
            case FLOAT -> executeFloat(frame);
            case OBJECT -> throw new IllegalStateException("vector of objects");
        };
    }
}
