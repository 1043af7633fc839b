package dev.dsu.nodes.vector;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.intrinsics.BitIntrinsicNode;

/** Lane-wise integer intrinsics: bit counting, bswap, abs, min/max, saturating arithmetic, funnel shifts. */
public final class VectorIntIntrinsicNode extends CExpressionNode.ObjectValued {
    public enum Op {
        CTPOP, CTLZ, CTTZ, BSWAP, BITREVERSE, ABS, SMAX, SMIN, UMAX, UMIN, SADD_SAT, UADD_SAT, SSUB_SAT, USUB_SAT, FSHL, FSHR;

        /** How many vector operands the intrinsic takes (extra flag arguments such as abs's are not passed). */
        public int arity() {
            return switch (this) {
                case CTPOP, CTLZ, CTTZ, BSWAP, BITREVERSE, ABS -> 1;
                case FSHL, FSHR -> 3;
                default -> 2;
            };
        }
    }

    private final Op op;
    private final int bits;
    private final int length;
    @Children private final CExpressionNode[] operands;

    public VectorIntIntrinsicNode(Op op, int bits, int length, CExpressionNode[] operands) {
        this.op = op;
        this.bits = bits;
        this.length = length;
        this.operands = operands;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        long[] a = (long[]) operands[0].executeGeneric(frame);
        long[] b = operands.length > 1 ? (long[]) operands[1].executeGeneric(frame) : null;
        long[] c = operands.length > 2 ? (long[]) operands[2].executeGeneric(frame) : null;
        long[] r = new long[length];
        for (int k = 0; k < length; k++) {
            r[k] = compute(op, bits, a[k], b == null ? 0 : b[k], c == null ? 0 : c[k]);
        }
        return r;
    }

    public static long compute(Op op, int bits, long x, long y, long z) {
        return switch (op) {
            case CTPOP -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.CTPOP, bits, x, y);
            case CTLZ -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.CTLZ, bits, x, y);
            case CTTZ -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.CTTZ, bits, x, y);
            case BSWAP -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.BSWAP, bits, x, y);
            case BITREVERSE -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.BITREVERSE, bits, x, y);
            case ABS -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.ABS, bits, x, y);
            case SMAX -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.SMAX, bits, x, y);
            case SMIN -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.SMIN, bits, x, y);
            case UMAX -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.UMAX, bits, x, y);
            case UMIN -> BitIntrinsicNode.compute(BitIntrinsicNode.Op.UMIN, bits, x, y);
            case SADD_SAT -> SaturatingArithmetic.compute(SaturatingArithmetic.Op.SADD, bits, x, y);
            case UADD_SAT -> SaturatingArithmetic.compute(SaturatingArithmetic.Op.UADD, bits, x, y);
            case SSUB_SAT -> SaturatingArithmetic.compute(SaturatingArithmetic.Op.SSUB, bits, x, y);
            case USUB_SAT -> SaturatingArithmetic.compute(SaturatingArithmetic.Op.USUB, bits, x, y);
            case FSHL -> funnelShift(true, bits, x, y, z);
            case FSHR -> funnelShift(false, bits, x, y, z);
        };
    }

    private static long funnelShift(boolean left, int bits, long hi, long lo, long amount) {
        return dev.dsu.nodes.intrinsics.FunnelShiftNode.compute(left, bits, hi, lo, amount);
    }
}
