package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** llvm.fshl / llvm.fshr (rotates are funnel shifts of a value with itself). */
public final class FunnelShiftNode extends CExpressionNode.LongValued {
    private final boolean left;
    private final int bits;
    @Child private CExpressionNode hi;
    @Child private CExpressionNode lo;
    @Child private CExpressionNode amount;

    public FunnelShiftNode(boolean left, int bits, CExpressionNode hi, CExpressionNode lo, CExpressionNode amount) {
        this.left = left;
        this.bits = bits;
        this.hi = hi;
        this.lo = lo;
        this.amount = amount;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return compute(left, bits, hi.executeLong(frame), lo.executeLong(frame), amount.executeLong(frame));
    }

    /** fshl/fshr of {@code bits}-wide integers (also per lane of vectors). */
    public static long compute(boolean left, int bits, long hi, long lo, long amount) {
        long h = IntegerWidth.zeroExtend(hi, bits);
        long l = IntegerWidth.zeroExtend(lo, bits);
        int s = (int) Long.remainderUnsigned(IntegerWidth.zeroExtend(amount, bits), bits);
        if (s == 0) {
            return IntegerWidth.normalize(left ? h : l, bits);
        }
        if (bits <= 32) {
            // one shift of the concatenation hi:lo. The two-shift form (h << s) | (l >>> (32 - s))
            // lost its low part in Graal-compiled code when h == l (a rotate), see 205_vec_minmax_abs
            long both = (h << bits) | l;
            return IntegerWidth.normalize(left ? both >>> (bits - s) : both >>> s, bits);
        }
        long r = left ? (h << s) | (l >>> (bits - s)) : (h << (bits - s)) | (l >>> s);
        return IntegerWidth.normalize(r, bits);
    }
}
