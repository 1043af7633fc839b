package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** Scalar llvm.{s,u}{add,sub}.sat (the vector forms go through {@link VectorIntIntrinsicNode}). */
public final class SaturatingArithmeticNode extends CExpressionNode.LongValued {
    private final SaturatingArithmetic.Op op;
    private final int bits;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public SaturatingArithmeticNode(SaturatingArithmetic.Op op, int bits, CExpressionNode lhs, CExpressionNode rhs) {
        this.op = op;
        this.bits = bits;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return SaturatingArithmetic.compute(op, bits, lhs.executeLong(frame), rhs.executeLong(frame));
    }
}
