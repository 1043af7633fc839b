package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;

/**
 * llvm.vector.reduce.{fadd,fmul,fmax,fmin,fmaximum,fminimum}. fadd and fmul start from a scalar
 * and run strictly left to right, which is the only order that is right without reassoc flags.
 * Float lanes are folded in float arithmetic (each step rounds to float).
 */
public final class VectorFloatReduceNode extends CExpressionNode {
    public enum Op {
        FADD, FMUL, FMAX, FMIN, FMAXIMUM, FMINIMUM
    }

    private final Op op;
    private final ValueKind lane;
    private final int length;
    /** The start value for fadd/fmul, null for the min/max forms. */
    @Child private CExpressionNode start;
    @Child private CExpressionNode vector;

    public VectorFloatReduceNode(Op op, ValueKind lane, int length, CExpressionNode start, CExpressionNode vector) {
        this.op = op;
        this.lane = lane;
        this.length = length;
        this.start = start;
        this.vector = vector;
    }

    @Override
    @ExplodeLoop
    public double executeDouble(VirtualFrame frame) {
        double acc = start == null ? 0 : start.executeDouble(frame);
        double[] v = (double[]) vector.executeGeneric(frame);
        int k = 0;
        if (start == null) {
            acc = v[0];
            k = 1;
        }
        for (; k < length; k++) {
            acc = combine(op, acc, v[k]);
        }
        return acc;
    }

    @Override
    @ExplodeLoop
    public float executeFloat(VirtualFrame frame) {
        float acc = start == null ? 0 : start.executeFloat(frame);
        float[] v = (float[]) vector.executeGeneric(frame);
        int k = 0;
        if (start == null) {
            acc = v[0];
            k = 1;
        }
        for (; k < length; k++) {
            acc = combine(op, acc, v[k]);
        }
        return acc;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return lane == ValueKind.FLOAT ? (Object) executeFloat(frame) : (Object) executeDouble(frame);
    }

    private static double combine(Op op, double a, double b) {
        return switch (op) {
            case FADD -> a + b;
            case FMUL -> a * b;
            case FMAX -> MathIntrinsicNode.compute(MathIntrinsicNode.Op.MAXNUM, a, b, 0);
            case FMIN -> MathIntrinsicNode.compute(MathIntrinsicNode.Op.MINNUM, a, b, 0);
            case FMAXIMUM -> Math.max(a, b);
            case FMINIMUM -> Math.min(a, b);
        };
    }

    private static float combine(Op op, float a, float b) {
        return switch (op) {
            case FADD -> a + b;
            case FMUL -> a * b;
            default -> (float) combine(op, (double) a, (double) b);
        };
    }
}
