package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** A value known at load time (constants, addresses of globals and functions). */
public final class ConstantNode {
    private ConstantNode() {
    }

    public static CExpressionNode create(ValueKind kind, Object value) {
        return switch (kind) {
            case LONG -> new LongConstant((Long) value);
            case DOUBLE -> new DoubleConstant((Double) value);
            case FLOAT -> new FloatConstant((Float) value);
            case OBJECT -> new ObjectConstant(value);
        };
    }

    public static final class LongConstant extends CExpressionNode.LongValued {
        private final long value;

        public LongConstant(long value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }
    }

    public static final class DoubleConstant extends CExpressionNode.DoubleValued {
        private final double value;

        public DoubleConstant(double value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }
    }

    public static final class FloatConstant extends CExpressionNode.FloatValued {
        private final float value;

        public FloatConstant(float value) {
            this.value = value;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return value;
        }
    }

    /** Aggregates, vectors and i128: shared safely because object values are never mutated after creation. */
    public static final class ObjectConstant extends CExpressionNode.ObjectValued {
        private final Object value;

        public ObjectConstant(Object value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }
}
