package dev.dsu.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * A node producing a value. Each subclass implements the execute method of its
 * {@link ValueKind}; the others are never called on it (the translator knows every value's
 * kind statically), so no boxing happens on the typed paths.
 */
public abstract class CExpressionNode extends Node {

    public long executeLong(VirtualFrame frame) {
        CompilerDirectives.transferToInterpreter();
        throw new IllegalStateException(getClass().getSimpleName() + " does not produce a long");
    }

    public double executeDouble(VirtualFrame frame) {
        CompilerDirectives.transferToInterpreter();
        throw new IllegalStateException(getClass().getSimpleName() + " does not produce a double");
    }

    public float executeFloat(VirtualFrame frame) {
        CompilerDirectives.transferToInterpreter();
        throw new IllegalStateException(getClass().getSimpleName() + " does not produce a float");
    }

    /** The value boxed: Long, Double, Float or the object itself. */
    public abstract Object executeGeneric(VirtualFrame frame);

    /** Ints (all widths) and pointers. */
    public abstract static class LongValued extends CExpressionNode {
        @Override
        public abstract long executeLong(VirtualFrame frame);

        @Override
        public final Object executeGeneric(VirtualFrame frame) {
            return executeLong(frame);
        }
    }

    public abstract static class DoubleValued extends CExpressionNode {
        @Override
        public abstract double executeDouble(VirtualFrame frame);

        @Override
        public final Object executeGeneric(VirtualFrame frame) {
            return executeDouble(frame);
        }
    }

    public abstract static class FloatValued extends CExpressionNode {
        @Override
        public abstract float executeFloat(VirtualFrame frame);

        @Override
        public final Object executeGeneric(VirtualFrame frame) {
            return executeFloat(frame);
        }
    }

    public abstract static class ObjectValued extends CExpressionNode {
    }
}
