package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/**
 * llvm.is.fpclass on float or double: the test mask's bits are signaling NaN, quiet NaN, -inf,
 * -normal, -subnormal, -0, +0, +subnormal, +normal, +inf (bit 0 to 9).
 */
public final class FpClassTestNode extends CExpressionNode.LongValued {
    private final int mask;
    private final boolean isFloat;
    @Child private CExpressionNode value;

    public FpClassTestNode(int mask, boolean isFloat, CExpressionNode value) {
        this.mask = mask;
        this.isFloat = isFloat;
        this.value = value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        int bit;
        if (isFloat) {
            float f = value.executeFloat(frame);
            int bits = Float.floatToRawIntBits(f);
            bit = classify(Float.isNaN(f), (bits & 0x00400000) != 0, f < 0 || (bits < 0), Float.isInfinite(f), f == 0, Math.abs(f) < Float.MIN_NORMAL);
        } else {
            double d = value.executeDouble(frame);
            long bits = Double.doubleToRawLongBits(d);
            bit = classify(Double.isNaN(d), (bits & 0x0008000000000000L) != 0, bits < 0, Double.isInfinite(d), d == 0, Math.abs(d) < Double.MIN_NORMAL);
        }
        return (mask & (1 << bit)) != 0 ? -1L : 0L;
    }

    private static int classify(boolean nan, boolean quiet, boolean negative, boolean infinite, boolean zero, boolean subnormal) {
        if (nan) {
            return quiet ? 1 : 0;
        } else if (infinite) {
            return negative ? 2 : 9;
        } else if (zero) {
            return negative ? 5 : 6;
        } else if (subnormal) {
            return negative ? 4 : 7;
        }
        return negative ? 3 : 8;
    }
}
