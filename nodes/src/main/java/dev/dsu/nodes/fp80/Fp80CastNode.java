package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.memory.WideInt;

/** Conversions between long double and the other numeric types (fpext, fptrunc, fpto*i, *itofp). */
public final class Fp80CastNode {
    private Fp80CastNode() {
    }

    /** fpext from double or float: exact. */
    public static final class FromDouble extends CExpressionNode.ObjectValued {
        private final boolean fromFloat;
        @Child private CExpressionNode value;

        public FromDouble(boolean fromFloat, CExpressionNode value) {
            this.fromFloat = fromFloat;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return LongDouble.fromDouble(fromFloat ? value.executeFloat(frame) : value.executeDouble(frame));
        }
    }

    /** fptrunc to double: one rounding from the exact value. */
    public static final class ToDouble extends CExpressionNode.DoubleValued {
        @Child private CExpressionNode value;

        public ToDouble(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return ((LongDouble) value.executeGeneric(frame)).toDouble();
        }
    }

    /** fptrunc to float: rounded directly to 24 bits (not through double). */
    public static final class ToFloat extends CExpressionNode.FloatValued {
        @Child private CExpressionNode value;

        public ToFloat(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return ((LongDouble) value.executeGeneric(frame)).toFloat();
        }
    }

    /** fptosi/fptoui to an integer of at most 64 bits. */
    public static final class ToInt extends CExpressionNode.LongValued {
        private final boolean unsigned;
        private final int bits;
        @Child private CExpressionNode value;

        public ToInt(boolean unsigned, int bits, CExpressionNode value) {
            this.unsigned = unsigned;
            this.bits = bits;
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            LongDouble v = (LongDouble) value.executeGeneric(frame);
            long r = unsigned ? v.toUnsignedInteger(bits) : v.toSignedInteger(bits);
            return IntegerWidth.normalize(r, bits);
        }
    }

    /** fptosi/fptoui to a wider integer (__int128). */
    public static final class ToWideInt extends CExpressionNode.ObjectValued {
        private final int bits;
        @Child private CExpressionNode value;

        public ToWideInt(int bits, CExpressionNode value) {
            this.bits = bits;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            BigInteger t = ((LongDouble) value.executeGeneric(frame)).truncateToBigInteger();
            return WideInt.normalize(t == null ? BigInteger.ONE.shiftLeft(bits - 1) : t, bits);
        }
    }

    /** sitofp/uitofp from an integer of at most 64 bits: exact, the mantissa has 64 bits. */
    public static final class FromInt extends CExpressionNode.ObjectValued {
        private final boolean unsigned;
        private final int bits;
        @Child private CExpressionNode value;

        public FromInt(boolean unsigned, int bits, CExpressionNode value) {
            this.unsigned = unsigned;
            this.bits = bits;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            long v = value.executeLong(frame);
            if (unsigned) {
                return LongDouble.fromUnsignedLong(IntegerWidth.zeroExtend(v, bits));
            }
            return LongDouble.fromLong(IntegerWidth.normalize(v, bits));
        }
    }

    /** sitofp/uitofp from a wider integer: rounded. */
    public static final class FromWideInt extends CExpressionNode.ObjectValued {
        private final boolean unsigned;
        private final int bits;
        @Child private CExpressionNode value;

        public FromWideInt(boolean unsigned, int bits, CExpressionNode value) {
            this.unsigned = unsigned;
            this.bits = bits;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            BigInteger v = (BigInteger) value.executeGeneric(frame);
            return LongDouble.fromBigInteger(unsigned ? WideInt.unsigned(v, bits) : WideInt.normalize(v, bits));
        }
    }

    /** bitcast to i80 (clang turns a 10-byte memcpy of a long double into one): the raw bits. */
    public static final class ToBits extends CExpressionNode.ObjectValued {
        @Child private CExpressionNode value;

        public ToBits(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            LongDouble v = (LongDouble) value.executeGeneric(frame);
            return toBits(v);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static BigInteger toBits(LongDouble v) {
            BigInteger m = BigInteger.valueOf(v.mantissa & Long.MAX_VALUE);
            if (v.mantissa < 0) {
                m = m.setBit(63);
            }
            return WideInt.normalize(m.or(BigInteger.valueOf(v.signExp).shiftLeft(64)), 80);
        }
    }

    /** bitcast from i80. */
    public static final class FromBits extends CExpressionNode.ObjectValued {
        @Child private CExpressionNode value;

        public FromBits(CExpressionNode value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return fromBits((BigInteger) value.executeGeneric(frame));
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static LongDouble fromBits(BigInteger b) {
            return new LongDouble(b.longValue(), b.shiftRight(64).intValue());
        }
    }
}
