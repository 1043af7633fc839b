package dev.dsu.nodes.vector;

import dev.dsu.nodes.IntegerWidth;

/** llvm.{s,u}{add,sub}.sat on canonical integers of any width up to 64 bits. */
public final class SaturatingArithmetic {
    public enum Op {
        SADD, UADD, SSUB, USUB
    }

    private SaturatingArithmetic() {
    }

    public static long compute(Op op, int bits, long a, long b) {
        long max = bits >= 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        long min = bits >= 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
        switch (op) {
            case SADD: {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) {
                    return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                }
                return Math.max(min, Math.min(max, r));
            }
            case SSUB: {
                long r = a - b;
                if (((a ^ b) & (a ^ r)) < 0) {
                    return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                }
                return Math.max(min, Math.min(max, r));
            }
            case UADD: {
                long ua = IntegerWidth.zeroExtend(a, bits);
                long r = ua + IntegerWidth.zeroExtend(b, bits);
                boolean overflow = bits >= 64 ? Long.compareUnsigned(r, ua) < 0 : r > IntegerWidth.mask(bits);
                return overflow ? -1L : IntegerWidth.normalize(r, bits);
            }
            case USUB:
                // sign extension keeps unsigned order, so canonical values compare directly
                return Long.compareUnsigned(a, b) <= 0 ? 0 : IntegerWidth.normalize(a - b, bits);
            default:
                throw new IllegalStateException();
        }
    }
}
