package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Rounds an exact binary value to a binary floating-point format, to nearest with ties to
 * even, as the x87 (precision control 64 bits) and SSE do. Every long double operation
 * computes its result exactly (or exactly plus a sticky bit) and rounds once here.
 */
final class Fp80Rounding {
    private Fp80Rounding() {
    }

    /**
     * Rounds mag * 2^exp2 (plus a positive amount below the last bit of mag when sticky) to
     * precision bits whose lowest bit weighs at least 2^minLsb (gradual underflow).
     *
     * @return {kept, lsbExponent}: the rounded value is kept * 2^lsbExponent, kept < 2^precision
     */
    @TruffleBoundary
    static long[] roundBits(BigInteger mag, int exp2, boolean sticky, int precision, int minLsb) {
        int length = mag.bitLength();
        int shift = Math.max(length - precision, minLsb - exp2);
        BigInteger kept;
        if (shift > 0) {
            kept = mag.shiftRight(shift);
            boolean half = mag.testBit(shift - 1);
            boolean below = sticky || mag.getLowestSetBit() < shift - 1 && mag.signum() != 0;
            if (half && (below || kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
                if (kept.bitLength() > precision) {
                    kept = kept.shiftRight(1);
                    shift++;
                }
            }
        } else {
            // exact (a sticky remainder here is below half an ulp of a wider-than-needed result: dropped)
            kept = mag.shiftLeft(-shift);
        }
        return new long[]{kept.longValue(), (long) exp2 + shift};
    }

    /** The long double nearest to (negative ? -1 : 1) * (mag + sticky) * 2^exp2. */
    @TruffleBoundary
    static LongDouble round(boolean negative, BigInteger mag, int exp2, boolean sticky) {
        int sign = negative ? 0x8000 : 0;
        if (mag.signum() == 0 && !sticky) {
            return new LongDouble(0, sign);
        }
        if (mag.signum() == 0) {
            // only a sticky bit: a value far below the smallest subnormal
            mag = BigInteger.ONE;
            exp2 = LongDouble.MIN_LSB_EXP - 2;
            sticky = false;
        }
        long[] r = roundBits(mag, exp2, sticky, 64, LongDouble.MIN_LSB_EXP);
        long kept = r[0];
        long lsb = r[1];
        if (kept == 0) {
            return new LongDouble(0, sign);
        }
        if (kept > 0) {
            // integer bit clear: a subnormal (lsb is then the minimum)
            return new LongDouble(kept, sign);
        }
        long biased = lsb + 63 + LongDouble.BIAS;
        if (biased >= LongDouble.MAX_EXP) {
            return negative ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        return new LongDouble(kept, sign | (int) biased);
    }
}
