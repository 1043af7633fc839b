package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** llvm.vector.reduce.* over integer lanes: folds all lanes into one scalar of the lane width. */
public final class VectorReduceNode extends CExpressionNode.LongValued {
    public enum Op {
        ADD, MUL, AND, OR, XOR, SMAX, SMIN, UMAX, UMIN
    }

    private final Op op;
    private final int bits;
    private final int length;
    @Child private CExpressionNode vector;

    public VectorReduceNode(Op op, int bits, int length, CExpressionNode vector) {
        this.op = op;
        this.bits = bits;
        this.length = length;
        this.vector = vector;
    }

    @Override
    @ExplodeLoop
    public long executeLong(VirtualFrame frame) {
        long[] v = (long[]) vector.executeGeneric(frame);
        long acc = v[0];
        for (int k = 1; k < length; k++) {
            acc = combine(op, acc, v[k]);
        }
        return IntegerWidth.normalize(acc, bits);
    }

    /** Canonical (sign-extended) lanes keep both signed and unsigned order, so min/max need no widening. */
    private static long combine(Op op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case MUL -> a * b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case SMAX -> Math.max(a, b);
            case SMIN -> Math.min(a, b);
            case UMAX -> Long.compareUnsigned(a, b) >= 0 ? a : b;
            case UMIN -> Long.compareUnsigned(a, b) <= 0 ? a : b;
        };
    }
}
