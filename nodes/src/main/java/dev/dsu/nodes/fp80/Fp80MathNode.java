package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;

/**
 * Math intrinsics on long double. The ones whose x87 result is exactly defined (sqrt, fabs,
 * copysign, rounding to integers, min/max, fma) are computed exactly; transcendental ones
 * go through double, a documented approximation.
 */
public final class Fp80MathNode extends CExpressionNode.ObjectValued {
    private final MathIntrinsicNode.Op op;
    @Children private final CExpressionNode[] args;

    public Fp80MathNode(MathIntrinsicNode.Op op, CExpressionNode[] args) {
        this.op = op;
        this.args = args;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        LongDouble[] v = new LongDouble[args.length];
        for (int k = 0; k < args.length; k++) {
            v[k] = (LongDouble) args[k].executeGeneric(frame);
        }
        return compute(op, v);
    }

    @TruffleBoundary
    public static LongDouble compute(MathIntrinsicNode.Op op, LongDouble[] v) {
        LongDouble x = v[0];
        return switch (op) {
            case SQRT -> Fp80Arithmetic.sqrt(x);
            case FABS -> x.abs();
            case COPYSIGN -> x.withSignOf(v[1]);
            case FLOOR -> Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.FLOOR);
            case CEIL -> Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.CEIL);
            case TRUNC -> Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.TRUNC);
            case ROUND -> Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.ROUND_HALF_AWAY);
            case RINT, ROUNDEVEN -> Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.ROUND_HALF_EVEN);
            case MINNUM -> x.isNaN() ? v[1] : v[1].isNaN() ? x : LongDouble.compare(4, v[1], x) ? v[1] : x;
            case MAXNUM -> x.isNaN() ? v[1] : v[1].isNaN() ? x : LongDouble.compare(2, v[1], x) ? v[1] : x;
            case MINIMUM -> x.isNaN() ? x : v[1].isNaN() ? v[1] : LongDouble.compare(4, v[1], x) ? v[1] : x;
            case MAXIMUM -> x.isNaN() ? x : v[1].isNaN() ? v[1] : LongDouble.compare(2, v[1], x) ? v[1] : x;
            case FMA -> Fp80Arithmetic.fusedMultiplyAdd(x, v[1], v[2]);
            // the x87 has no fused multiply-add: fmuladd is a rounded multiply then add
            case MULADD -> Fp80Arithmetic.add(Fp80Arithmetic.multiply(x, v[1]), v[2]);
            default -> LongDouble.fromDouble(MathIntrinsicNode.compute(op, x.toDouble(), v.length > 1 ? v[1].toDouble() : 0, v.length > 2 ? v[2].toDouble() : 0));
        };
    }
}
