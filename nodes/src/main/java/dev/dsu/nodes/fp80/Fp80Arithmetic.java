package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The x87 operations on long double: exact integer arithmetic on the mantissas, rounded once
 * (Fp80Rounding). NaN results follow the x87: a NaN operand comes back quieted (of two, the
 * one with the larger mantissa), an invalid operation gives the negative "real indefinite".
 */
public final class Fp80Arithmetic {
    /** Beyond this many bits apart, the smaller addend only acts as a sticky bit. */
    private static final int FAR = 140;

    private Fp80Arithmetic() {
    }

    private static LongDouble propagateNaN(LongDouble a, LongDouble b) {
        if (a.isNaN() && b.isNaN()) {
            return Long.compareUnsigned(a.mantissa | 0x4000000000000000L, b.mantissa | 0x4000000000000000L) >= 0 ? a.quiet() : b.quiet();
        }
        return a.isNaN() ? a.quiet() : b.quiet();
    }

    @TruffleBoundary
    public static LongDouble add(LongDouble a, LongDouble b) {
        if (a.isNaN() || b.isNaN()) {
            return propagateNaN(a, b);
        }
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isInfinite() && b.isInfinite() && a.isNegative() != b.isNegative()) {
                return LongDouble.DEFAULT_NAN;
            }
            return a.isInfinite() ? a : b;
        }
        if (a.isZero() && b.isZero()) {
            return a.isNegative() && b.isNegative() ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        if (a.isZero()) {
            return b.canonical();
        }
        if (b.isZero()) {
            return a.canonical();
        }
        int ea = a.lsbExponent();
        int eb = b.lsbExponent();
        BigInteger ma = a.unsignedMantissa();
        BigInteger mb = b.unsignedMantissa();
        // a far smaller addend cannot change more than the rounding: keep it as a tiny nonzero
        if (ea - eb > FAR) {
            mb = BigInteger.ONE;
            eb = ea - FAR;
        } else if (eb - ea > FAR) {
            ma = BigInteger.ONE;
            ea = eb - FAR;
        }
        int e = Math.min(ea, eb);
        BigInteger sa = ma.shiftLeft(ea - e);
        BigInteger sb = mb.shiftLeft(eb - e);
        if (a.isNegative()) {
            sa = sa.negate();
        }
        if (b.isNegative()) {
            sb = sb.negate();
        }
        BigInteger sum = sa.add(sb);
        if (sum.signum() == 0) {
            return LongDouble.ZERO; // exact cancellation is +0 when rounding to nearest
        }
        return Fp80Rounding.round(sum.signum() < 0, sum.abs(), e, false);
    }

    public static LongDouble subtract(LongDouble a, LongDouble b) {
        // a - b == a + (-b) also for NaN selection (the sign does not take part in it)
        if (b.isNaN()) {
            return propagateNaN(a, b);
        }
        return add(a, b.negate());
    }

    @TruffleBoundary
    public static LongDouble multiply(LongDouble a, LongDouble b) {
        if (a.isNaN() || b.isNaN()) {
            return propagateNaN(a, b);
        }
        boolean negative = a.isNegative() != b.isNegative();
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isZero() || b.isZero()) {
                return LongDouble.DEFAULT_NAN;
            }
            return negative ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        if (a.isZero() || b.isZero()) {
            return negative ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        BigInteger p = a.unsignedMantissa().multiply(b.unsignedMantissa());
        return Fp80Rounding.round(negative, p, a.lsbExponent() + b.lsbExponent(), false);
    }

    @TruffleBoundary
    public static LongDouble divide(LongDouble a, LongDouble b) {
        if (a.isNaN() || b.isNaN()) {
            return propagateNaN(a, b);
        }
        boolean negative = a.isNegative() != b.isNegative();
        if (a.isInfinite()) {
            if (b.isInfinite()) {
                return LongDouble.DEFAULT_NAN;
            }
            return negative ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        if (b.isInfinite()) {
            return negative ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return LongDouble.DEFAULT_NAN;
            }
            return negative ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        if (a.isZero()) {
            return negative ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        BigInteger ma = a.unsignedMantissa();
        BigInteger mb = b.unsignedMantissa();
        // enough quotient bits for 64 kept + guard, the remainder becomes the sticky bit
        int s = Math.max(0, 67 + mb.bitLength() - ma.bitLength());
        BigInteger[] qr = ma.shiftLeft(s).divideAndRemainder(mb);
        return Fp80Rounding.round(negative, qr[0], a.lsbExponent() - b.lsbExponent() - s, qr[1].signum() != 0);
    }

    /** frem: C's fmodl, exact by definition (sign of the dividend). */
    @TruffleBoundary
    public static LongDouble remainder(LongDouble a, LongDouble b) {
        if (a.isNaN() || b.isNaN()) {
            return propagateNaN(a, b);
        }
        if (a.isInfinite() || b.isZero()) {
            return LongDouble.DEFAULT_NAN;
        }
        if (b.isInfinite() || a.isZero()) {
            return a;
        }
        int ea = a.lsbExponent();
        int eb = b.lsbExponent();
        int e = Math.min(ea, eb);
        BigInteger r = a.unsignedMantissa().shiftLeft(ea - e).mod(b.unsignedMantissa().shiftLeft(eb - e));
        return Fp80Rounding.round(a.isNegative(), r, e, false);
    }

    @TruffleBoundary
    public static LongDouble sqrt(LongDouble a) {
        if (a.isNaN()) {
            return a.quiet();
        }
        if (a.isZero()) {
            return a;
        }
        if (a.isNegative()) {
            return LongDouble.DEFAULT_NAN;
        }
        if (a.isInfinite()) {
            return a;
        }
        BigInteger m = a.unsignedMantissa();
        int e = a.lsbExponent();
        // widen to >= 134 bits with an even exponent so the root has >= 67 bits
        int k = Math.max(0, 134 - m.bitLength());
        if (((e - k) & 1) != 0) {
            k++;
        }
        BigInteger wide = m.shiftLeft(k);
        BigInteger root = wide.sqrt();
        boolean sticky = !root.multiply(root).equals(wide);
        return Fp80Rounding.round(false, root, (e - k) / 2, sticky);
    }

    /** a * b + c with one rounding (llvm.fma). */
    @TruffleBoundary
    public static LongDouble fusedMultiplyAdd(LongDouble a, LongDouble b, LongDouble c) {
        if (a.isNaN() || b.isNaN() || c.isNaN() || !a.isFinite() || !b.isFinite() || !c.isFinite() || a.isZero() || b.isZero() || c.isZero()) {
            // specials and zeros: the two-step result is the same
            return add(multiply(a, b), c);
        }
        BigInteger p = a.unsignedMantissa().multiply(b.unsignedMantissa());
        if (a.isNegative() != b.isNegative()) {
            p = p.negate();
        }
        int ep = a.lsbExponent() + b.lsbExponent();
        BigInteger mc = c.unsignedMantissa();
        if (c.isNegative()) {
            mc = mc.negate();
        }
        int ec = c.lsbExponent();
        int e = Math.min(ep, ec);
        BigInteger sum = p.shiftLeft(ep - e).add(mc.shiftLeft(ec - e));
        if (sum.signum() == 0) {
            return LongDouble.ZERO;
        }
        return Fp80Rounding.round(sum.signum() < 0, sum.abs(), e, false);
    }

    /** Rounding to an integral value in the long double format (floor, ceil, trunc, round, rint). */
    public enum Integral {
        FLOOR, CEIL, TRUNC, ROUND_HALF_AWAY, ROUND_HALF_EVEN
    }

    @TruffleBoundary
    public static LongDouble toIntegral(LongDouble a, Integral mode) {
        if (!a.isFinite()) {
            return a.isNaN() ? a.quiet() : a;
        }
        int e = a.lsbExponent();
        if (e >= 0 || a.isZero()) {
            return a; // already an integer
        }
        BigInteger m = a.unsignedMantissa();
        BigInteger t = e <= -66 ? BigInteger.ZERO : m.shiftRight(-e);
        boolean exact = e > -66 && t.shiftLeft(-e).equals(m);
        boolean up = false;
        if (!exact) {
            switch (mode) {
                case FLOOR -> up = a.isNegative();
                case CEIL -> up = !a.isNegative();
                case TRUNC -> up = false;
                case ROUND_HALF_AWAY, ROUND_HALF_EVEN -> {
                    boolean half = e > -66 && m.testBit(-e - 1);
                    boolean below = m.getLowestSetBit() < -e - 1;
                    up = half && (below || mode == Integral.ROUND_HALF_AWAY || t.testBit(0));
                }
            }
        }
        if (up) {
            t = t.add(BigInteger.ONE);
        }
        // an integral result keeps the sign (floor(-0.5) == -1, trunc(-0.5) == -0)
        return Fp80Rounding.round(a.isNegative(), t, 0, false);
    }
}
