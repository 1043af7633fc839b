package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.expr.IntBinaryNode;

/** Lane-wise integer arithmetic; a zero divisor in any lane faults as the scalarised native code would. */
public final class VectorIntBinaryNode extends CExpressionNode.ObjectValued {
    private final IntBinaryNode.Op op;
    private final int bits;
    private final int length;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public VectorIntBinaryNode(IntBinaryNode.Op op, int bits, int length, CExpressionNode lhs, CExpressionNode rhs) {
        this.op = op;
        this.bits = bits;
        this.length = length;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        long[] a = (long[]) lhs.executeGeneric(frame);
        long[] b = (long[]) rhs.executeGeneric(frame);
        long[] r = new long[length];
        for (int k = 0; k < length; k++) {
            r[k] = IntBinaryNode.compute(op, bits, a[k], b[k], this);
        }
        return r;
    }
}
