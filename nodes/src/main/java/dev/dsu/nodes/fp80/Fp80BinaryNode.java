package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** fadd/fsub/fmul/fdiv/frem on x86_fp80 (long double), exact to the x87 result. */
public final class Fp80BinaryNode extends CExpressionNode.ObjectValued {
    public enum Op {
        ADD, SUB, MUL, DIV, REM
    }

    private final Op op;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public Fp80BinaryNode(Op op, CExpressionNode lhs, CExpressionNode rhs) {
        this.op = op;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    public static LongDouble compute(Op op, LongDouble a, LongDouble b) {
        return switch (op) {
            case ADD -> Fp80Arithmetic.add(a, b);
            case SUB -> Fp80Arithmetic.subtract(a, b);
            case MUL -> Fp80Arithmetic.multiply(a, b);
            case DIV -> Fp80Arithmetic.divide(a, b);
            case REM -> Fp80Arithmetic.remainder(a, b);
        };
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        LongDouble a = (LongDouble) lhs.executeGeneric(frame);
        LongDouble b = (LongDouble) rhs.executeGeneric(frame);
        return compute(op, a, b);
    }
}
