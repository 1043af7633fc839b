package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;
import dev.dsu.nodes.memory.Heap;

/** atomicrmw xchg/fadd/fsub/fmax/fmin on a float or double; yields the old value. */
public final class FloatAtomicReadModifyWriteNode extends CExpressionNode {
    public enum Op {
        XCHG, FADD, FSUB, FMAX, FMIN
    }

    private final Op op;
    private final boolean isFloat;
    private final Heap heap;
    @Child private CExpressionNode address;
    @Child private CExpressionNode value;

    public FloatAtomicReadModifyWriteNode(Op op, boolean isFloat, Heap heap, CExpressionNode address, CExpressionNode value) {
        this.op = op;
        this.isFloat = isFloat;
        this.heap = heap;
        this.address = address;
        this.value = value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        long ptr = address.executeLong(frame);
        double operand = value.executeDouble(frame);
        return updateDouble(ptr, operand);
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        long ptr = address.executeLong(frame);
        float operand = value.executeFloat(frame);
        return updateFloat(ptr, operand);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return isFloat ? (Object) executeFloat(frame) : (Object) executeDouble(frame);
    }

    @TruffleBoundary
    private double updateDouble(long ptr, double operand) {
        synchronized (heap) {
            double old = heap.getDouble(ptr, this);
            heap.putDouble(ptr, combine(op, old, operand), this);
            return old;
        }
    }

    @TruffleBoundary
    private float updateFloat(long ptr, float operand) {
        synchronized (heap) {
            float old = heap.getFloat(ptr, this);
            float r = switch (op) {
                case FADD -> old + operand;
                case FSUB -> old - operand;
                default -> (float) combine(op, old, operand);
            };
            heap.putFloat(ptr, r, this);
            return old;
        }
    }

    private static double combine(Op op, double old, double v) {
        return switch (op) {
            case XCHG -> v;
            case FADD -> old + v;
            case FSUB -> old - v;
            case FMAX -> MathIntrinsicNode.compute(MathIntrinsicNode.Op.MAXNUM, old, v, 0);
            case FMIN -> MathIntrinsicNode.compute(MathIntrinsicNode.Op.MINNUM, old, v, 0);
        };
    }
}
