package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;

/**
 * Lane-wise floating intrinsics (fabs, sqrt, floor, copysign, minnum, fma, ...). llvm.fmuladd is
 * given separately rounded: that is what x86-64 without FMA hardware (the native reference) does.
 */
public final class VectorMathNode extends CExpressionNode.ObjectValued {
    private final MathIntrinsicNode.Op op;
    /** For FMA: whether the multiply is rounded before the add (llvm.fmuladd) instead of fused (llvm.fma). */
    private final boolean separateRounding;
    private final ValueKind lane;
    private final int length;
    @Children private final CExpressionNode[] operands;

    public VectorMathNode(MathIntrinsicNode.Op op, boolean separateRounding, ValueKind lane, int length, CExpressionNode[] operands) {
        this.op = op;
        this.separateRounding = separateRounding;
        this.lane = lane;
        this.length = length;
        this.operands = operands;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object a = operands[0].executeGeneric(frame);
        Object b = operands.length > 1 ? operands[1].executeGeneric(frame) : null;
        Object c = operands.length > 2 ? operands[2].executeGeneric(frame) : null;
        return lane == ValueKind.FLOAT ? onFloats((float[]) a, (float[]) b, (float[]) c) : onDoubles((double[]) a, (double[]) b, (double[]) c);
    }

    @ExplodeLoop
    private double[] onDoubles(double[] a, double[] b, double[] c) {
        double[] r = new double[length];
        for (int k = 0; k < length; k++) {
            double y = b == null ? 0 : b[k];
            double z = c == null ? 0 : c[k];
            if (op == MathIntrinsicNode.Op.FMA && separateRounding) {
                r[k] = a[k] * y + z;
            } else {
                r[k] = MathIntrinsicNode.compute(op, a[k], y, z);
            }
        }
        return r;
    }

    @ExplodeLoop
    private float[] onFloats(float[] a, float[] b, float[] c) {
        float[] r = new float[length];
        for (int k = 0; k < length; k++) {
            float x = a[k];
            float y = b == null ? 0 : b[k];
            float z = c == null ? 0 : c[k];
            if (op == MathIntrinsicNode.Op.FMA) {
                r[k] = separateRounding ? x * y + z : Math.fma(x, y, z);
            } else {
                // every other operation is exact or correctly rounded when done in double and narrowed
                r[k] = (float) MathIntrinsicNode.compute(op, x, y, z);
            }
        }
        return r;
    }
}
