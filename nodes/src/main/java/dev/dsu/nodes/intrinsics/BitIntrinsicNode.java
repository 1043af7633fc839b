package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** Integer intrinsics on one or two operands: bit counting, byte swap, abs, min/max. */
public final class BitIntrinsicNode extends CExpressionNode.LongValued {
    public enum Op {
        CTPOP, CTLZ, CTTZ, BSWAP, BITREVERSE, ABS, SMAX, SMIN, UMAX, UMIN
    }

    private final Op op;
    private final int bits;
    @Child private CExpressionNode a;
    @Child private CExpressionNode b;

    public BitIntrinsicNode(Op op, int bits, CExpressionNode a, CExpressionNode b) {
        this.op = op;
        this.bits = bits;
        this.a = a;
        this.b = b;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long x = a.executeLong(frame);
        long y = b == null ? 0 : b.executeLong(frame);
        return compute(op, bits, x, y);
    }

    public static long compute(Op op, int bits, long x, long y) {
        long u = IntegerWidth.zeroExtend(x, bits);
        switch (op) {
            case CTPOP:
                return Long.bitCount(u);
            case CTLZ:
                return Long.numberOfLeadingZeros(u) - (64 - bits);
            case CTTZ:
                return u == 0 ? bits : Long.numberOfTrailingZeros(u);
            case BSWAP:
                return IntegerWidth.normalize(Long.reverseBytes(u) >>> (64 - bits), bits);
            case BITREVERSE:
                return IntegerWidth.normalize(Long.reverse(u) >>> (64 - bits), bits);
            case ABS:
                return IntegerWidth.normalize(Math.abs(x), bits);
            case SMAX:
                return Math.max(x, y);
            case SMIN:
                return Math.min(x, y);
            case UMAX:
                return Long.compareUnsigned(x, y) >= 0 ? x : y;
            case UMIN:
                return Long.compareUnsigned(x, y) <= 0 ? x : y;
            default:
                throw new IllegalStateException();
        }
    }
}
