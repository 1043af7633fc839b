package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;

/** trunc, zext, sext, ptrtoint, inttoptr between integer widths up to 64 bits. */
public final class IntCastNode extends CExpressionNode.LongValued {
    private final boolean zeroExtendFrom;
    private final int fromBits;
    private final int toBits;
    @Child private CExpressionNode value;

    /** zeroExtend: whether the source is read unsigned (zext) or as is (trunc, sext). */
    public IntCastNode(boolean zeroExtend, int fromBits, int toBits, CExpressionNode value) {
        this.zeroExtendFrom = zeroExtend;
        this.fromBits = fromBits;
        this.toBits = toBits;
        this.value = value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long v = value.executeLong(frame);
        if (zeroExtendFrom) {
            v = IntegerWidth.zeroExtend(v, fromBits);
        }
        return IntegerWidth.normalize(v, toBits);
    }
}
