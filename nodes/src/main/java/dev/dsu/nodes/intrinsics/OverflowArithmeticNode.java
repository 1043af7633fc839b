package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** llvm.{s,u}{add,sub,mul}.with.overflow: returns the struct {result, overflowed} as Object[]. */
public final class OverflowArithmeticNode extends CExpressionNode.ObjectValued {
    public enum Op {
        SADD, UADD, SSUB, USUB, SMUL, UMUL
    }

    private final Op op;
    private final int bits;
    @Child private CExpressionNode a;
    @Child private CExpressionNode b;

    public OverflowArithmeticNode(Op op, int bits, CExpressionNode a, CExpressionNode b) {
        this.op = op;
        this.bits = bits;
        this.a = a;
        this.b = b;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        long x = a.executeLong(frame);
        long y = b.executeLong(frame);
        long result;
        boolean overflow;
        switch (op) {
            case SADD -> {
                result = IntegerWidth.normalize(x + y, bits);
                overflow = bits == 64 ? ((x ^ result) & (y ^ result)) < 0 : result != x + y;
            }
            case SSUB -> {
                result = IntegerWidth.normalize(x - y, bits);
                overflow = bits == 64 ? ((x ^ y) & (x ^ result)) < 0 : result != x - y;
            }
            case SMUL -> {
                result = IntegerWidth.normalize(x * y, bits);
                if (bits == 64) {
                    overflow = Math.multiplyHigh(x, y) != (result >> 63);
                } else {
                    overflow = bits <= 32 ? result != x * y : Math.multiplyHigh(x, y) != ((x * y) >> 63) || result != x * y;
                }
            }
            case UADD -> {
                long ux = IntegerWidth.zeroExtend(x, bits);
                long uy = IntegerWidth.zeroExtend(y, bits);
                long sum = ux + uy;
                overflow = bits == 64 ? Long.compareUnsigned(sum, ux) < 0 : (sum >>> bits) != 0;
                result = IntegerWidth.normalize(sum, bits);
            }
            case USUB -> {
                long ux = IntegerWidth.zeroExtend(x, bits);
                long uy = IntegerWidth.zeroExtend(y, bits);
                overflow = Long.compareUnsigned(ux, uy) < 0;
                result = IntegerWidth.normalize(ux - uy, bits);
            }
            case UMUL -> {
                long ux = IntegerWidth.zeroExtend(x, bits);
                long uy = IntegerWidth.zeroExtend(y, bits);
                long prod = ux * uy;
                if (bits == 64) {
                    overflow = Math.unsignedMultiplyHigh(ux, uy) != 0;
                } else if (bits <= 32) {
                    overflow = (prod >>> bits) != 0;
                } else {
                    overflow = Math.unsignedMultiplyHigh(ux, uy) != 0 || (prod >>> bits) != 0;
                }
                result = IntegerWidth.normalize(prod, bits);
            }
            default -> throw new IllegalStateException();
        }
        return new Object[]{result, overflow ? -1L : 0L};
    }
}
