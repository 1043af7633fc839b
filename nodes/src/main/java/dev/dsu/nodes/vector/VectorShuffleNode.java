package dev.dsu.nodes.vector;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/**
 * shufflevector: lane k of the result is lane mask[k] of the two inputs laid end to end. Undef
 * mask entries (negative) give zero. Also serves for llvm.vector.reverse.
 */
public final class VectorShuffleNode extends CExpressionNode.ObjectValued {
    private final ValueKind lane;
    /** Lanes in the first input: mask entries at or above it select from the second. */
    private final int firstLength;
    @CompilationFinal(dimensions = 1) private final int[] mask;
    @Child private CExpressionNode first;
    @Child private CExpressionNode second;

    /** second may be null when the mask only reads the first input. */
    public VectorShuffleNode(ValueKind lane, int firstLength, int[] mask, CExpressionNode first, CExpressionNode second) {
        this.lane = lane;
        this.firstLength = firstLength;
        this.mask = mask;
        this.first = first;
        this.second = second;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object a = first.executeGeneric(frame);
        Object b = second == null ? null : second.executeGeneric(frame);
        int n = mask.length;
        switch (lane) {
            case FLOAT: {
                float[] x = (float[]) a;
                float[] y = (float[]) b;
                float[] r = new float[n];
                for (int k = 0; k < n; k++) {
                    int m = mask[k];
                    r[k] = m < 0 ? 0 : m < firstLength ? x[m] : y[m - firstLength];
                }
                return r;
            }
            case DOUBLE: {
                double[] x = (double[]) a;
                double[] y = (double[]) b;
                double[] r = new double[n];
                for (int k = 0; k < n; k++) {
                    int m = mask[k];
                    r[k] = m < 0 ? 0 : m < firstLength ? x[m] : y[m - firstLength];
                }
                return r;
            }
            default: {
                long[] x = (long[]) a;
                long[] y = (long[]) b;
                long[] r = new long[n];
                for (int k = 0; k < n; k++) {
                    int m = mask[k];
                    r[k] = m < 0 ? 0 : m < firstLength ? x[m] : y[m - firstLength];
                }
                return r;
            }
        }
    }
}
