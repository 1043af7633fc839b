package dev.dsu.nodes.fp80;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A C long double: an x86 80-bit extended precision value, kept as its exact bits (64-bit
 * mantissa with explicit integer bit, and 16 bits of sign and biased exponent) so that
 * storing and loading it is the identity, as on the x87. It extends Number so that code that
 * only needs an approximation (math functions without an exact version) can take doubleValue().
 */
public final class LongDouble extends Number implements Comparable<LongDouble> {
    private static final long serialVersionUID = 1L;

    public static final int BIAS = 16383;
    public static final int MAX_EXP = 0x7FFF;
    /** Exponent of the lowest mantissa bit of the smallest subnormal (2^-16445). */
    public static final int MIN_LSB_EXP = 1 - BIAS - 63;
    static final long INTEGER_BIT = 0x8000000000000000L;

    public static final LongDouble ZERO = new LongDouble(0, 0);
    public static final LongDouble NEGATIVE_ZERO = new LongDouble(0, 0x8000);
    public static final LongDouble ONE = new LongDouble(INTEGER_BIT, BIAS);
    public static final LongDouble INFINITY = new LongDouble(INTEGER_BIT, MAX_EXP);
    public static final LongDouble NEGATIVE_INFINITY = new LongDouble(INTEGER_BIT, 0x8000 | MAX_EXP);
    /** The x87 "real indefinite": what an invalid operation (0/0, inf-inf, sqrt(-1)) produces. */
    public static final LongDouble DEFAULT_NAN = new LongDouble(0xC000000000000000L, 0x8000 | MAX_EXP);

    /** Mantissa with the explicit integer bit at 63. */
    public final long mantissa;
    /** Bit 15 sign, bits 0-14 biased exponent (0 zero/subnormal, 0x7FFF inf/NaN). */
    public final int signExp;

    public LongDouble(long mantissa, int signExp) {
        this.mantissa = mantissa;
        this.signExp = signExp & 0xFFFF;
    }

    /** From the 10 bytes of memory, little endian. */
    public static LongDouble fromBytes(byte[] b, int offset) {
        long m = 0;
        for (int k = 7; k >= 0; k--) {
            m = (m << 8) | (b[offset + k] & 0xFF);
        }
        return new LongDouble(m, (b[offset + 8] & 0xFF) | ((b[offset + 9] & 0xFF) << 8));
    }

    public boolean isNegative() {
        return (signExp & 0x8000) != 0;
    }

    public int biasedExponent() {
        return signExp & MAX_EXP;
    }

    public boolean isNaN() {
        return biasedExponent() == MAX_EXP && (mantissa << 1) != 0;
    }

    public boolean isInfinite() {
        return biasedExponent() == MAX_EXP && (mantissa << 1) == 0;
    }

    public boolean isFinite() {
        return biasedExponent() != MAX_EXP;
    }

    public boolean isZero() {
        return isFinite() && mantissa == 0;
    }

    /** Exponent of the mantissa's lowest bit: a finite value is mantissa * 2^lsbExponent(). */
    public int lsbExponent() {
        int e = biasedExponent();
        return (e == 0 ? 1 : e) - BIAS - 63;
    }

    public LongDouble negate() {
        return new LongDouble(mantissa, signExp ^ 0x8000);
    }

    public LongDouble abs() {
        return new LongDouble(mantissa, signExp & 0x7FFF);
    }

    public LongDouble withSignOf(LongDouble other) {
        return new LongDouble(mantissa, (signExp & 0x7FFF) | (other.signExp & 0x8000));
    }

    /** A pseudo-denormal (exponent 0 with the integer bit) as the x87 normalises it: exponent 1. */
    LongDouble canonical() {
        return biasedExponent() == 0 && mantissa < 0 ? new LongDouble(mantissa, signExp | 1) : this;
    }

    /** A NaN operand made quiet, as the x87 returns it. */
    LongDouble quiet() {
        return new LongDouble(mantissa | 0x4000000000000000L, signExp);
    }

    // ---- conversions from other types (all exact) ----

    public static LongDouble fromDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) (bits >>> 63) << 15;
        int exp = (int) (bits >>> 52) & 0x7FF;
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0x7FF) {
            return new LongDouble(INTEGER_BIT | (frac << 11), sign | MAX_EXP);
        } else if (exp == 0) {
            if (frac == 0) {
                return new LongDouble(0, sign);
            }
            int shift = Long.numberOfLeadingZeros(frac);
            return new LongDouble(frac << shift, sign | (1 - 1023 + BIAS - (shift - 11)));
        }
        return new LongDouble(INTEGER_BIT | (frac << 11), sign | (exp - 1023 + BIAS));
    }

    public static LongDouble fromFloat(float f) {
        return fromDouble(f);
    }

    /** A signed 64-bit integer: always exact, the mantissa has 64 bits. */
    public static LongDouble fromLong(long v) {
        if (v == 0) {
            return ZERO;
        }
        int sign = v < 0 ? 0x8000 : 0;
        long a = v < 0 ? -v : v; // Long.MIN_VALUE stays 2^63 read unsigned
        return fromMagnitude(a, sign);
    }

    public static LongDouble fromUnsignedLong(long v) {
        return v == 0 ? ZERO : fromMagnitude(v, 0);
    }

    private static LongDouble fromMagnitude(long a, int sign) {
        int shift = Long.numberOfLeadingZeros(a);
        return new LongDouble(a << shift, sign | (BIAS + 63 - shift));
    }

    @TruffleBoundary
    public static LongDouble fromBigInteger(BigInteger v) {
        return Fp80Rounding.round(v.signum() < 0, v.abs(), 0, false);
    }

    // ---- conversions to other types ----

    @Override
    public double doubleValue() {
        return toDouble();
    }

    @Override
    public float floatValue() {
        return toFloat();
    }

    @Override
    public long longValue() {
        return toSignedInteger(64);
    }

    @Override
    public int intValue() {
        return (int) toSignedInteger(32);
    }

    /** fptrunc to double: round to nearest even once, from the exact value. */
    @TruffleBoundary
    public double toDouble() {
        if (!isFinite()) {
            if (isNaN()) {
                long payload = (mantissa << 1) >>> 12;
                return Double.longBitsToDouble((isNegative() ? INTEGER_BIT : 0) | 0x7FF8000000000000L | payload);
            }
            return isNegative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (mantissa == 0) {
            return isNegative() ? -0.0 : 0.0;
        }
        long[] r = Fp80Rounding.roundBits(unsignedMantissa(), lsbExponent(), false, 53, -1074);
        // kept < 2^53 and its exponent >= -1074: scalb is exact, or overflows to infinity as rounding would
        double v = Math.scalb((double) r[0], (int) Math.min(r[1], 4000));
        return isNegative() ? -v : v;
    }

    @TruffleBoundary
    public float toFloat() {
        if (!isFinite()) {
            if (isNaN()) {
                // the payload's top bits survive, quieted, as fstps keeps them
                int payload = (int) ((mantissa << 1) >>> 41);
                return Float.intBitsToFloat((isNegative() ? 0x80000000 : 0) | 0x7FC00000 | payload);
            }
            return isNegative() ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        if (mantissa == 0) {
            return isNegative() ? -0.0f : 0.0f;
        }
        long[] r = Fp80Rounding.roundBits(unsignedMantissa(), lsbExponent(), false, 24, -149);
        float v = (float) Math.scalb((double) r[0], (int) Math.min(r[1], 4000));
        return isNegative() ? -v : v;
    }

    BigInteger unsignedMantissa() {
        BigInteger m = BigInteger.valueOf(mantissa & Long.MAX_VALUE);
        return mantissa < 0 ? m.setBit(63) : m;
    }

    /** The value truncated toward zero, or null for NaN and infinities. */
    @TruffleBoundary
    public BigInteger truncateToBigInteger() {
        if (!isFinite()) {
            return null;
        }
        int e = lsbExponent();
        BigInteger m = unsignedMantissa();
        BigInteger t = e >= 0 ? m.shiftLeft(e) : e <= -64 ? BigInteger.ZERO : m.shiftRight(-e);
        return isNegative() ? t.negate() : t;
    }

    /**
     * fptosi to a width of bits: truncated toward zero; out of range (undefined in C) gives
     * what the x87 fistp stores, the "integer indefinite" (the most negative value).
     */
    public long toSignedInteger(int bits) {
        if (isFinite() && biasedExponent() < BIAS + 62) {
            // |value| < 2^62: the fast path
            int e = lsbExponent();
            long t = e <= -64 ? 0 : mantissa >>> -e;
            long v = isNegative() ? -t : t;
            if (bits >= 64 || v == (v << (64 - bits)) >> (64 - bits)) {
                return v;
            }
            return Long.MIN_VALUE >> (64 - bits);
        }
        BigInteger t = truncateToBigInteger();
        if (t == null || t.bitLength() > bits - 1) {
            return bits >= 64 ? Long.MIN_VALUE : Long.MIN_VALUE >> (64 - bits);
        }
        return t.longValue();
    }

    /** fptoui to 64 bits or fewer: in range [0, 2^bits) exact; otherwise the low bits of the truncation. */
    public long toUnsignedInteger(int bits) {
        BigInteger t = truncateToBigInteger();
        if (t == null) {
            return Long.MIN_VALUE;
        }
        return t.longValue();
    }

    // ---- exact decimal value ----

    /** The exact value of a finite long double. */
    @TruffleBoundary
    public BigDecimal toBigDecimal() {
        BigInteger m = unsignedMantissa();
        if (isNegative()) {
            m = m.negate();
        }
        int e = lsbExponent();
        if (e >= 0) {
            return new BigDecimal(m.shiftLeft(e));
        }
        // m * 2^e = m * 5^-e / 10^-e
        return new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-e)), -e);
    }

    // ---- comparison ----

    /** Magnitude order of two finite values (canonical encodings order like their bits). */
    static int compareMagnitude(LongDouble a, LongDouble b) {
        int ea = a.canonicalExponent();
        int eb = b.canonicalExponent();
        if (ea != eb) {
            return Integer.compare(ea, eb);
        }
        return Long.compareUnsigned(a.mantissa, b.mantissa);
    }

    /** A pseudo-denormal (exponent 0 with the integer bit) is worth the same as exponent 1. */
    private int canonicalExponent() {
        int e = biasedExponent();
        return e == 0 && mantissa < 0 ? 1 : e;
    }

    /** Ordered comparison of non-NaN values (-0 == +0); callers check NaN first. */
    @Override
    public int compareTo(LongDouble o) {
        boolean za = isZero();
        boolean zb = o.isZero();
        if (za && zb) {
            return 0;
        }
        boolean na = isNegative() && !za;
        boolean nb = o.isNegative() && !zb;
        if (na != nb) {
            return na ? -1 : 1;
        }
        int m = za ? -1 : zb ? 1 : compareMagnitude(this, o);
        if (za || zb) {
            // one is zero: the other decides by its sign
            return za ? (nb ? 1 : -1) : (na ? -1 : 1);
        }
        return na ? -m : m;
    }

    /** LLVM fcmp predicate (bit 0 equal, 1 greater, 2 less, 3 unordered). */
    public static boolean compare(int predicate, LongDouble a, LongDouble b) {
        if (a.isNaN() || b.isNaN()) {
            return (predicate & 8) != 0;
        }
        int c = a.compareTo(b);
        return ((predicate & 1) != 0 && c == 0) || ((predicate & 2) != 0 && c > 0) || ((predicate & 4) != 0 && c < 0);
    }

    /** Bit-for-bit equality (what memory would hold), not numeric equality. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LongDouble l && l.mantissa == mantissa && l.signExp == signExp;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mantissa) * 31 + signExp;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        if (isNaN()) {
            return isNegative() ? "-nan" : "nan";
        } else if (isInfinite()) {
            return isNegative() ? "-inf" : "inf";
        }
        return toBigDecimal().toString();
    }
}
