package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** llvm.is.fpclass on long double (clang 19 emits it for isnan/isinf/... at -O0): test mask bits 0-9. */
public final class Fp80ClassTestNode extends CExpressionNode.LongValued {
    private final int mask;
    @Child private CExpressionNode value;

    public Fp80ClassTestNode(int mask, CExpressionNode value) {
        this.mask = mask;
        this.value = value;
    }

    /** The class bit: 0 sNaN, 1 qNaN, 2 -inf, 3 -normal, 4 -subnormal, 5 -zero, then mirrored 6-9 for positive. */
    static int classBit(LongDouble v) {
        if (v.isNaN()) {
            return (v.mantissa & 0x4000000000000000L) != 0 ? 1 : 0;
        }
        int positive;
        if (v.isInfinite()) {
            positive = 9;
        } else if (v.isZero()) {
            positive = 6;
        } else if (v.biasedExponent() == 0) {
            positive = 7;
        } else {
            positive = 8;
        }
        return v.isNegative() ? 11 - positive : positive;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        LongDouble v = (LongDouble) value.executeGeneric(frame);
        return (mask & (1 << classBit(v))) != 0 ? -1L : 0L;
    }
}
