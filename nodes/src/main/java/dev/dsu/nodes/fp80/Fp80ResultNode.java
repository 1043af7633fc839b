package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/**
 * Wraps a call whose C result is long double: library functions without an exact long double
 * version compute in double and return a Double, which becomes the (exact) long double of it.
 */
public final class Fp80ResultNode extends CExpressionNode.ObjectValued {
    @Child private CExpressionNode call;

    public Fp80ResultNode(CExpressionNode call) {
        this.call = call;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object r = call.executeGeneric(frame);
        return coerce(r);
    }

    public static LongDouble coerce(Object r) {
        if (r instanceof LongDouble l) {
            return l;
        } else if (r instanceof Long l) {
            return LongDouble.fromLong(l);
        } else if (r instanceof Number n) {
            return LongDouble.fromDouble(n.doubleValue());
        }
        return LongDouble.ZERO;
    }
}
