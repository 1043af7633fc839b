package dev.dsu.nodes.expr;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.memory.MemoryFault;
import dev.dsu.nodes.memory.WideInt;

/** Arithmetic on integers wider than 64 bits (__int128), held as BigInteger in signed range. */
public final class WideIntNodes {
    private WideIntNodes() {
    }

    static BigInteger big(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    public static final class Binary extends CExpressionNode.ObjectValued {
        private final IntBinaryNode.Op op;
        private final int bits;
        @Child private CExpressionNode lhs;
        @Child private CExpressionNode rhs;

        public Binary(IntBinaryNode.Op op, int bits, CExpressionNode lhs, CExpressionNode rhs) {
            this.op = op;
            this.bits = bits;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return compute(big(lhs.executeGeneric(frame)), big(rhs.executeGeneric(frame)));
        }

        @TruffleBoundary
        private BigInteger compute(BigInteger a, BigInteger b) {
            BigInteger r;
            switch (op) {
                case ADD -> r = a.add(b);
                case SUB -> r = a.subtract(b);
                case MUL -> r = a.multiply(b);
                case SDIV -> r = a.divide(nonZero(b));
                case SREM -> r = a.remainder(nonZero(b));
                case UDIV -> r = WideInt.unsigned(a, bits).divide(WideInt.unsigned(nonZero(b), bits));
                case UREM -> r = WideInt.unsigned(a, bits).remainder(WideInt.unsigned(nonZero(b), bits));
                case SHL -> r = a.shiftLeft(b.intValue());
                case LSHR -> r = WideInt.unsigned(a, bits).shiftRight(b.intValue());
                case ASHR -> r = a.shiftRight(b.intValue());
                case AND -> r = a.and(b);
                case OR -> r = a.or(b);
                case XOR -> r = a.xor(b);
                default -> throw new IllegalStateException();
            }
            return WideInt.normalize(r, bits);
        }

        private BigInteger nonZero(BigInteger b) {
            if (b.signum() == 0) {
                throw new MemoryFault("Floating point exception: integer division by zero", IntBinaryNode.SIGFPE_STATUS, this);
            }
            return b;
        }
    }

    public static final class Compare extends CExpressionNode.LongValued {
        private final IntCompareNode.Predicate predicate;
        private final int bits;
        @Child private CExpressionNode lhs;
        @Child private CExpressionNode rhs;

        public Compare(IntCompareNode.Predicate predicate, int bits, CExpressionNode lhs, CExpressionNode rhs) {
            this.predicate = predicate;
            this.bits = bits;
            this.lhs = lhs;
            this.rhs = rhs;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return compare(big(lhs.executeGeneric(frame)), big(rhs.executeGeneric(frame))) ? -1L : 0L;
        }

        @TruffleBoundary
        private boolean compare(BigInteger a, BigInteger b) {
            int signed = a.compareTo(b);
            int unsigned = WideInt.unsigned(a, bits).compareTo(WideInt.unsigned(b, bits));
            return switch (predicate) {
                case EQ -> signed == 0;
                case NE -> signed != 0;
                case UGT -> unsigned > 0;
                case UGE -> unsigned >= 0;
                case ULT -> unsigned < 0;
                case ULE -> unsigned <= 0;
                case SGT -> signed > 0;
                case SGE -> signed >= 0;
                case SLT -> signed < 0;
                case SLE -> signed <= 0;
            };
        }
    }

    /** Casts where one side is wider than 64 bits (trunc/zext/sext, and int<->fp conversions). */
    public static final class Cast extends CExpressionNode {
        private final boolean unsigned;
        private final int fromBits;
        private final int toBits;
        private final ValueKind fromKind;
        private final ValueKind toKind;
        @Child private CExpressionNode value;

        public Cast(boolean unsigned, int fromBits, int toBits, ValueKind fromKind, ValueKind toKind, CExpressionNode value) {
            this.unsigned = unsigned;
            this.fromBits = fromBits;
            this.toBits = toBits;
            this.fromKind = fromKind;
            this.toKind = toKind;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return convert(value.executeGeneric(frame));
        }

        @TruffleBoundary
        private Object convert(Object v) {
            BigInteger b;
            if (fromKind == ValueKind.DOUBLE || fromKind == ValueKind.FLOAT) {
                b = new java.math.BigDecimal(((Number) v).doubleValue()).toBigInteger();
            } else {
                b = big(v);
                if (unsigned) {
                    b = WideInt.unsigned(b, fromBits);
                }
            }
            return switch (toKind) {
                case LONG -> IntegerWidth.normalize(b.longValue(), toBits);
                case DOUBLE -> b.doubleValue();
                case FLOAT -> b.floatValue();
                case OBJECT -> WideInt.normalize(b, toBits);
            };
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (Long) executeGeneric(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return (Double) executeGeneric(frame);
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return (Float) executeGeneric(frame);
        }
    }
}
