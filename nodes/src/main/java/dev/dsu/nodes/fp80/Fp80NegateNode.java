package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** fneg on long double: flips the sign bit only (also of zeros and NaNs), like fchs. */
public final class Fp80NegateNode extends CExpressionNode.ObjectValued {
    @Child private CExpressionNode operand;

    public Fp80NegateNode(CExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return ((LongDouble) operand.executeGeneric(frame)).negate();
    }
}
