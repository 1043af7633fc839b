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
        long h = IntegerWidth.zeroExtend(hi.executeLong(frame), bits);
        long l = IntegerWidth.zeroExtend(lo.executeLong(frame), bits);
        int s = (int) Long.remainderUnsigned(amount.executeLong(frame), bits);
        if (s == 0) {
            return IntegerWidth.normalize(left ? h : l, bits);
        }
        long r = left ? (h << s) | (l >>> (bits - s)) : (h << (bits - s)) | (l >>> s);
        return IntegerWidth.normalize(r, bits);
    }
}
