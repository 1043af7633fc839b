package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** Conversions between integers, float and double, and bit casts between same-sized scalars. */
public final class FloatCastNode {
    private FloatCastNode() {
    }

    /** fptosi/fptoui from double (or x86_fp80) to an integer of toBits. */
    public static final class DoubleToInt extends CExpressionNode.LongValued {
        private final boolean unsigned;
        private final int toBits;
        private final boolean fromFloat;
        @Child private CExpressionNode value;

        public DoubleToInt(boolean unsigned, int toBits, boolean fromFloat, CExpressionNode value) {
            this.unsigned = unsigned;
            this.toBits = toBits;
            this.fromFloat = fromFloat;
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            double d = fromFloat ? value.executeFloat(frame) : value.executeDouble(frame);
            return convert(d, unsigned, toBits);
        }

        public static long convert(double d, boolean unsigned, int toBits) {
            long r;
            if (unsigned && d >= 0x1p63) {
                r = (long) (d - 0x1p63) + Long.MIN_VALUE;
            } else {
                r = (long) d;
            }
            return IntegerWidth.normalize(r, toBits);
        }
    }

    /** sitofp/uitofp to double. */
    public static final class IntToDouble extends CExpressionNode.DoubleValued {
        private final boolean unsigned;
        private final int fromBits;
        @Child private CExpressionNode value;

        public IntToDouble(boolean unsigned, int fromBits, CExpressionNode value) {
            this.unsigned = unsigned;
            this.fromBits = fromBits;
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return toDouble(value.executeLong(frame), unsigned, fromBits);
        }

        public static double toDouble(long v, boolean unsigned, int fromBits) {
            if (!unsigned) {
                return v;
            }
            long u = IntegerWidth.zeroExtend(v, fromBits);
            if (u >= 0) {
                return u;
            }
            // Halve with round-to-odd so that the final rounding is the correct one.
            return ((u >>> 1) | (u & 1)) * 2.0;
        }
    }

    public static final class IntToFloat extends CExpressionNode.FloatValued {
        private final boolean unsigned;
        private final int fromBits;
        @Child private CExpressionNode value;

        public IntToFloat(boolean unsigned, int fromBits, CExpressionNode value) {
            this.unsigned = unsigned;
            this.fromBits = fromBits;
            this.value = value;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            long v = value.executeLong(frame);
            if (!unsigned) {
                return v;
            }
            long u = IntegerWidth.zeroExtend(v, fromBits);
            if (u >= 0) {
                return u;
            }
            return ((u >>> 1) | (u & 1)) * 2.0f;
        }
    }

    public static final class FloatToDouble extends CExpressionNode.DoubleValued {
        @Child private CExpressionNode value;

        public FloatToDouble(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value.executeFloat(frame);
        }
    }

    public static final class DoubleToFloat extends CExpressionNode.FloatValued {
        @Child private CExpressionNode value;

        public DoubleToFloat(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return (float) value.executeDouble(frame);
        }
    }

    public static final class BitsToDouble extends CExpressionNode.DoubleValued {
        @Child private CExpressionNode value;

        public BitsToDouble(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return Double.longBitsToDouble(value.executeLong(frame));
        }
    }

    public static final class BitsToFloat extends CExpressionNode.FloatValued {
        @Child private CExpressionNode value;

        public BitsToFloat(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return Float.intBitsToFloat((int) value.executeLong(frame));
        }
    }

    public static final class DoubleToBits extends CExpressionNode.LongValued {
        @Child private CExpressionNode value;

        public DoubleToBits(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return Double.doubleToRawLongBits(value.executeDouble(frame));
        }
    }

    public static final class FloatToBits extends CExpressionNode.LongValued {
        @Child private CExpressionNode value;

        public FloatToBits(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return Float.floatToRawIntBits(value.executeFloat(frame));
        }
    }
}
