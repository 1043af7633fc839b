package dev.dsu.nodes.vector;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;

/**
 * getelementptr yielding a vector of pointers: lane k is base + constant + the sum of index*scale,
 * where the base and each index are either one scalar for all lanes or a vector with a lane each.
 */
public final class VectorAddressNode extends CExpressionNode.ObjectValued {
    private final int length;
    private final long constant;
    private final boolean vectorBase;
    @CompilationFinal(dimensions = 1) private final boolean[] vectorIndex;
    @CompilationFinal(dimensions = 1) private final long[] scales;
    @Child private CExpressionNode base;
    @Children private final CExpressionNode[] indices;

    public VectorAddressNode(int length, CExpressionNode base, boolean vectorBase, long constant, CExpressionNode[] indices, boolean[] vectorIndex, long[] scales) {
        this.length = length;
        this.base = base;
        this.vectorBase = vectorBase;
        this.constant = constant;
        this.indices = indices;
        this.vectorIndex = vectorIndex;
        this.scales = scales;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        long[] r = new long[length];
        if (vectorBase) {
            long[] b = (long[]) base.executeGeneric(frame);
            for (int k = 0; k < length; k++) {
                r[k] = b[k] + constant;
            }
        } else {
            long b = base.executeLong(frame) + constant;
            for (int k = 0; k < length; k++) {
                r[k] = b;
            }
        }
        for (int j = 0; j < indices.length; j++) {
            long scale = scales[j];
            if (vectorIndex[j]) {
                long[] idx = (long[]) indices[j].executeGeneric(frame);
                for (int k = 0; k < length; k++) {
                    r[k] += idx[k] * scale;
                }
            } else {
                long offset = indices[j].executeLong(frame) * scale;
                for (int k = 0; k < length; k++) {
                    r[k] += offset;
                }
            }
        }
        return r;
    }
}
