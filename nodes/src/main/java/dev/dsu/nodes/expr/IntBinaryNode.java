package dev.dsu.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.memory.MemoryFault;

/** Integer arithmetic on widths up to 64 bits; the operator and width fold away when compiled. */
public final class IntBinaryNode extends CExpressionNode.LongValued {
    public enum Op {
        ADD, SUB, MUL, UDIV, SDIV, UREM, SREM, SHL, LSHR, ASHR, AND, OR, XOR
    }

    public static final int SIGFPE_STATUS = 136;

    private final Op op;
    private final int bits;
    @Child private CExpressionNode lhs;
    @Child private CExpressionNode rhs;

    public IntBinaryNode(Op op, int bits, CExpressionNode lhs, CExpressionNode rhs) {
        this.op = op;
        this.bits = bits;
        this.lhs = lhs;
        this.rhs = rhs;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = lhs.executeLong(frame);
        long b = rhs.executeLong(frame);
        return compute(op, bits, a, b, this);
    }

    public static long compute(Op op, int bits, long a, long b, CExpressionNode location) {
        switch (op) {
            case ADD:
                return IntegerWidth.normalize(a + b, bits);
            case SUB:
                return IntegerWidth.normalize(a - b, bits);
            case MUL:
                return IntegerWidth.normalize(a * b, bits);
            case SDIV:
                checkDivisor(a, b, bits, location);
                return IntegerWidth.normalize(a / b, bits);
            case SREM:
                checkDivisor(a, b, bits, location);
                return IntegerWidth.normalize(a % b, bits);
            case UDIV:
                checkZero(b, location);
                return IntegerWidth.normalize(Long.divideUnsigned(IntegerWidth.zeroExtend(a, bits), IntegerWidth.zeroExtend(b, bits)), bits);
            case UREM:
                checkZero(b, location);
                return IntegerWidth.normalize(Long.remainderUnsigned(IntegerWidth.zeroExtend(a, bits), IntegerWidth.zeroExtend(b, bits)), bits);
            case SHL:
                return IntegerWidth.normalize(a << b, bits);
            case LSHR:
                return IntegerWidth.normalize(IntegerWidth.zeroExtend(a, bits) >>> b, bits);
            case ASHR:
                return a >> Math.min(b & 0xFFFFFFFFL, 63);
            case AND:
                return a & b;
            case OR:
                return a | b;
            case XOR:
                return a ^ b;
            default:
                throw new IllegalStateException();
        }
    }

    private static void checkZero(long b, CExpressionNode location) {
        if (b == 0) {
            CompilerDirectives.transferToInterpreter();
            throw new MemoryFault("Floating point exception: integer division by zero", SIGFPE_STATUS, location);
        }
    }

    private static void checkDivisor(long a, long b, int bits, CExpressionNode location) {
        checkZero(b, location);
        if (b == -1 && a == IntegerWidth.normalize(1L << (bits - 1), bits)) {
            CompilerDirectives.transferToInterpreter();
            throw new MemoryFault("Floating point exception: integer overflow in division", SIGFPE_STATUS, location);
        }
    }
}
