package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** Floating-point intrinsics (llvm.sqrt, llvm.fabs, llvm.pow, ...) on double (and x86_fp80) or float. */
public final class MathIntrinsicNode {
    public enum Op {
        SQRT, FABS, FLOOR, CEIL, TRUNC, ROUND, RINT, SIN, COS, EXP, EXP2, LOG, LOG2, LOG10, POW, COPYSIGN, MINNUM, MAXNUM, MINIMUM, MAXIMUM, FMA, MULADD, ROUNDEVEN
    }

    private MathIntrinsicNode() {
    }

    public static double compute(Op op, double x, double y, double z) {
        return switch (op) {
            case SQRT -> Math.sqrt(x);
            case FABS -> Math.abs(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case TRUNC -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case ROUND -> roundHalfAwayFromZero(x);
            case RINT, ROUNDEVEN -> Math.rint(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case EXP -> Math.exp(x);
            case EXP2 -> Math.pow(2, x);
            case LOG -> Math.log(x);
            case LOG2 -> Math.log(x) / Math.log(2);
            case LOG10 -> Math.log10(x);
            case POW -> Math.pow(x, y);
            case COPYSIGN -> Math.copySign(x, y);
            case MINNUM -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y);
            case MAXNUM -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y);
            case MINIMUM -> Math.min(x, y);
            case MAXIMUM -> Math.max(x, y);
            case FMA -> Math.fma(x, y, z);
            // x86-64 without FMA hardware lowers fmuladd to a separate multiply and add
            case MULADD -> x * y + z;
        };
    }

    /** C's round(): halves go away from zero (Math.round rounds them up). */
    public static double roundHalfAwayFromZero(double x) {
        double a = Math.abs(x);
        double f = Math.floor(a);
        double r = a - f >= 0.5 ? f + 1 : f;
        return Math.copySign(r, x);
    }

    public static final class OnDouble extends CExpressionNode.DoubleValued {
        private final Op op;
        @Children private final CExpressionNode[] args;

        public OnDouble(Op op, CExpressionNode[] args) {
            this.op = op;
            this.args = args;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double x = args[0].executeDouble(frame);
            double y = args.length > 1 ? args[1].executeDouble(frame) : 0;
            double z = args.length > 2 ? args[2].executeDouble(frame) : 0;
            return compute(op, x, y, z);
        }
    }

    public static final class OnFloat extends CExpressionNode.FloatValued {
        private final Op op;
        @Children private final CExpressionNode[] args;

        public OnFloat(Op op, CExpressionNode[] args) {
            this.op = op;
            this.args = args;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            float x = args[0].executeFloat(frame);
            float y = args.length > 1 ? args[1].executeFloat(frame) : 0;
            float z = args.length > 2 ? args[2].executeFloat(frame) : 0;
            if (op == Op.FMA) {
                return Math.fma(x, y, z);
            }
            if (op == Op.MULADD) {
                return x * y + z;
            }
            if (op == Op.SQRT) {
                return (float) Math.sqrt(x);
            }
            return (float) compute(op, x, y, z);
        }
    }
}
