package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.expr.FloatCastNode;

/** Lane-wise casts between integer and floating vectors of the same length (all casts but bitcast). */
public final class VectorConvertNode extends CExpressionNode.ObjectValued {
    public enum Conversion {
        /** trunc, sext, ptrtoint, inttoptr: canonical values only need re-normalising. */
        INT_RESIZE,
        ZERO_EXTEND,
        FP_TO_SIGNED,
        FP_TO_UNSIGNED,
        SIGNED_TO_FP,
        UNSIGNED_TO_FP,
        /** fptrunc, fpext. */
        FP_RESIZE
    }

    private final Conversion conversion;
    private final int fromBits;
    private final ValueKind toLane;
    private final int toBits;
    private final int length;
    @Child private CExpressionNode value;

    /** fromBits/toBits: integer lane widths (ignored for floating lanes). */
    public VectorConvertNode(Conversion conversion, int fromBits, ValueKind toLane, int toBits, int length, CExpressionNode value) {
        this.conversion = conversion;
        this.fromBits = fromBits;
        this.toLane = toLane;
        this.toBits = toBits;
        this.length = length;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object in = value.executeGeneric(frame);
        switch (toLane) {
            case FLOAT: {
                float[] r = new float[length];
                for (int k = 0; k < length; k++) {
                    r[k] = toFloat(in, k);
                }
                return r;
            }
            case DOUBLE: {
                double[] r = new double[length];
                for (int k = 0; k < length; k++) {
                    r[k] = toDouble(in, k);
                }
                return r;
            }
            default: {
                long[] r = new long[length];
                for (int k = 0; k < length; k++) {
                    r[k] = toLong(in, k);
                }
                return r;
            }
        }
    }

    private static double floating(Object in, int k) {
        return in instanceof float[] f ? f[k] : ((double[]) in)[k];
    }

    private long toLong(Object in, int k) {
        switch (conversion) {
            case INT_RESIZE:
                return IntegerWidth.normalize(((long[]) in)[k], toBits);
            case ZERO_EXTEND:
                return IntegerWidth.normalize(IntegerWidth.zeroExtend(((long[]) in)[k], fromBits), toBits);
            case FP_TO_SIGNED:
                return FloatCastNode.DoubleToInt.convert(floating(in, k), false, toBits);
            case FP_TO_UNSIGNED:
                return FloatCastNode.DoubleToInt.convert(floating(in, k), true, toBits);
            default:
                throw new IllegalStateException(conversion + " to integer lanes");
        }
    }

    private double toDouble(Object in, int k) {
        switch (conversion) {
            case SIGNED_TO_FP:
                return ((long[]) in)[k];
            case UNSIGNED_TO_FP:
                return FloatCastNode.IntToDouble.toDouble(((long[]) in)[k], true, fromBits);
            case FP_RESIZE:
                return floating(in, k);
            default:
                throw new IllegalStateException(conversion + " to double lanes");
        }
    }

    private float toFloat(Object in, int k) {
        switch (conversion) {
            case SIGNED_TO_FP:
                return ((long[]) in)[k];
            case UNSIGNED_TO_FP: {
                long u = IntegerWidth.zeroExtend(((long[]) in)[k], fromBits);
                // Going through double would round twice for 64-bit values; halve with round-to-odd instead.
                return u >= 0 ? (float) u : ((u >>> 1) | (u & 1)) * 2.0f;
            }
            case FP_RESIZE:
                return (float) floating(in, k);
            default:
                throw new IllegalStateException(conversion + " to float lanes");
        }
    }
}
