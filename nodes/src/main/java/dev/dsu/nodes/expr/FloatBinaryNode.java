package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** fadd/fsub/fmul/fdiv/frem on double (also x86_fp80, held as double) and float. */
public final class FloatBinaryNode {
    public enum Op {
        ADD, SUB, MUL, DIV, REM
    }

    private FloatBinaryNode() {
    }

    public static double compute(Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
        };
    }

    public static float compute(Op op, float a, float b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
        };
    }

    public static final class OnDouble extends CExpressionNode.DoubleValued {
        private final Op op;
        @Child private CExpressionNode lhs;
        @Child private CExpressionNode rhs;

        public OnDouble(Op op, CExpressionNode lhs, CExpressionNode rhs) {
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return compute(op, lhs.executeDouble(frame), rhs.executeDouble(frame));
        }
    }

    public static final class OnFloat extends CExpressionNode.FloatValued {
        private final Op op;
        @Child private CExpressionNode lhs;
        @Child private CExpressionNode rhs;

        public OnFloat(Op op, CExpressionNode lhs, CExpressionNode rhs) {
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return compute(op, lhs.executeFloat(frame), rhs.executeFloat(frame));
        }
    }

    public static final class NegDouble extends CExpressionNode.DoubleValued {
        @Child private CExpressionNode operand;

        public NegDouble(CExpressionNode operand) {
            this.operand = operand;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return -operand.executeDouble(frame);
        }
    }

    public static final class NegFloat extends CExpressionNode.FloatValued {
        @Child private CExpressionNode operand;

        public NegFloat(CExpressionNode operand) {
            this.operand = operand;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return -operand.executeFloat(frame);
        }
    }
}
