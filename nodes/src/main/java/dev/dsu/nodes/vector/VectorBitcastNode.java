package dev.dsu.nodes.vector;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.memory.WideInt;

/**
 * bitcast where a vector is involved (vector to vector of other lanes, vector to or from a
 * same-sized scalar): the value is spread into a bit string and read back in the other shape.
 */
public final class VectorBitcastNode extends CExpressionNode {
    private final LaneShape from;
    private final LaneShape to;
    @Child private CExpressionNode value;

    public VectorBitcastNode(LaneShape from, LaneShape to, CExpressionNode value) {
        this.from = from;
        this.to = to;
        this.value = value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return get(bits(frame), 0, to.laneBits, true);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return Double.longBitsToDouble(get(bits(frame), 0, 64, false));
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        return Float.intBitsToFloat((int) get(bits(frame), 0, 32, false));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (!to.vector) {
            return switch (to.lane) {
                case LONG -> executeLong(frame);
                case DOUBLE -> executeDouble(frame);
                case FLOAT -> executeFloat(frame);
                case OBJECT -> toWide(bits(frame));
            };
        }
        return unpack(bits(frame));
    }

    private long[] bits(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        return pack(v);
    }

    @ExplodeLoop
    private long[] pack(Object v) {
        long[] words = new long[(from.totalBits() + 63) / 64];
        int n = from.laneBits;
        if (!from.vector) {
            if (v instanceof BigInteger big) {
                spreadWide(big, words);
            } else {
                put(words, 0, n, scalarBits(v));
            }
            return words;
        }
        for (int k = 0; k < from.lanes; k++) {
            long laneBits;
            if (v instanceof long[] l) {
                laneBits = l[k];
            } else if (v instanceof double[] d) {
                laneBits = Double.doubleToRawLongBits(d[k]);
            } else {
                laneBits = Float.floatToRawIntBits(((float[]) v)[k]);
            }
            put(words, k * n, n, laneBits);
        }
        return words;
    }

    private static long scalarBits(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        return Float.floatToRawIntBits((Float) v);
    }

    @ExplodeLoop
    private Object unpack(long[] words) {
        int n = to.laneBits;
        switch (to.lane) {
            case FLOAT: {
                float[] r = new float[to.lanes];
                for (int k = 0; k < to.lanes; k++) {
                    r[k] = Float.intBitsToFloat((int) get(words, k * n, n, false));
                }
                return r;
            }
            case DOUBLE: {
                double[] r = new double[to.lanes];
                for (int k = 0; k < to.lanes; k++) {
                    r[k] = Double.longBitsToDouble(get(words, k * n, n, false));
                }
                return r;
            }
            default: {
                long[] r = new long[to.lanes];
                for (int k = 0; k < to.lanes; k++) {
                    r[k] = get(words, k * n, n, true);
                }
                return r;
            }
        }
    }

    @TruffleBoundary
    private static void spreadWide(BigInteger big, long[] words) {
        for (int w = 0; w < words.length; w++) {
            words[w] = big.shiftRight(64 * w).longValue();
        }
    }

    @TruffleBoundary
    private BigInteger toWide(long[] words) {
        BigInteger big = BigInteger.ZERO;
        for (int w = words.length - 1; w >= 0; w--) {
            big = big.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(words[w])));
        }
        return WideInt.normalize(big, to.laneBits);
    }

    private static void put(long[] words, int position, int n, long v) {
        long bits = v & IntegerWidth.mask(n);
        int w = position >>> 6;
        int offset = position & 63;
        words[w] |= bits << offset;
        if (offset + n > 64) {
            words[w + 1] |= bits >>> (64 - offset);
        }
    }

    /** n bits from position, sign-extended when they are an integer lane (canonical form). */
    private static long get(long[] words, int position, int n, boolean integer) {
        int w = position >>> 6;
        int offset = position & 63;
        long r = words[w] >>> offset;
        if (offset + n > 64) {
            r |= words[w + 1] << (64 - offset);
        }
        return integer ? IntegerWidth.normalize(r, n) : r & IntegerWidth.mask(n);
    }
}
