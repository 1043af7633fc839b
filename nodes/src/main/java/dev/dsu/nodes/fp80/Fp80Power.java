package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * powl and hypotl, correctly rounded. Integer powers whose exact value is computable are
 * rounded from that exact value (so powl(2, 100) and results halfway between two long
 * doubles come out right); the rest is e^(y ln x) in BigFloat. Special values as C99 Annex F.
 */
public final class Fp80Power {
    /** Exact integer powers up to this many bits of mantissa power. */
    private static final int EXACT_BITS = 20000;
    /** ln of the result beyond which it certainly overflows / is below half the smallest subnormal. */
    private static final double LN_OVERFLOW = 11400;
    private static final double LN_UNDERFLOW = -11450;

    private Fp80Power() {
    }

    static boolean isInteger(LongDouble y) {
        if (!y.isFinite()) {
            return false;
        }
        int e = y.lsbExponent();
        if (e >= 0) {
            return true;
        } else if (e <= -64) {
            return y.mantissa == 0;
        }
        return (y.mantissa & ((1L << -e) - 1)) == 0;
    }

    static boolean isOddInteger(LongDouble y) {
        if (!isInteger(y) || y.isZero()) {
            return false;
        }
        int e = y.lsbExponent();
        return e <= 0 && ((y.mantissa >>> -e) & 1) != 0;
    }

    @TruffleBoundary
    public static LongDouble pow(LongDouble x, LongDouble y) {
        if (y.isZero() || x.equals(LongDouble.ONE)) {
            return LongDouble.ONE; // even for a NaN other operand
        } else if (x.isNaN() || y.isNaN()) {
            return Fp80Arithmetic.add(x, y);
        }
        boolean yNegative = y.isNegative();
        boolean yOdd = isOddInteger(y);
        if (y.isInfinite()) {
            int c = x.isInfinite() ? 1 : LongDouble.compareMagnitude(x.abs().canonical(), LongDouble.ONE);
            if (c == 0) {
                return LongDouble.ONE; // (-1)^inf
            }
            return (c > 0) != yNegative ? LongDouble.INFINITY : LongDouble.ZERO;
        }
        if (x.isZero() || x.isInfinite()) {
            // 0^y and inf^y: 0 or inf, negative only for an odd integer y and a negative x
            boolean big = x.isZero() == yNegative;
            LongDouble r = big ? LongDouble.INFINITY : LongDouble.ZERO;
            return yOdd && x.isNegative() ? r.negate() : r;
        }
        if (x.isNegative() && !isInteger(y)) {
            return LongDouble.DEFAULT_NAN;
        }
        LongDouble r = magnitude(x.abs(), y);
        return yOdd && x.isNegative() ? r.negate() : r;
    }

    private static LongDouble magnitude(LongDouble a, LongDouble y) {
        BigFloat l = Kernels.log(BigFloat.of(a)).multiply(BigFloat.of(y));
        double d = l.toDouble();
        if (d > LN_OVERFLOW) {
            return LongDouble.INFINITY;
        } else if (d < LN_UNDERFLOW) {
            return LongDouble.ZERO;
        }
        if (isInteger(y)) {
            LongDouble exact = exactIntegerPower(a, y.truncateToBigInteger());
            if (exact != null) {
                return exact;
            }
        }
        return Kernels.exp(l).toLongDouble();
    }

    /** a^n rounded once from its exact value, or null if that value is too large to compute. */
    private static LongDouble exactIntegerPower(LongDouble a, BigInteger n) {
        BigInteger m = a.unsignedMantissa();
        int zeros = m.getLowestSetBit();
        m = m.shiftRight(zeros);
        long e = (long) a.lsbExponent() + zeros;
        if (n.bitLength() > 31 || n.abs().longValue() * m.bitLength() > EXACT_BITS) {
            return null;
        }
        int k = n.abs().intValueExact();
        BigInteger p = m.pow(k);
        if (n.signum() > 0) {
            return Fp80Rounding.round(false, p, Math.toIntExact(e * k), false);
        }
        // 2^(-e k) / m^k: enough quotient bits for 64 kept and a guard bit; the remainder is sticky
        int s = p.bitLength() + 66;
        BigInteger[] qr = BigInteger.ONE.shiftLeft(s).divideAndRemainder(p);
        return Fp80Rounding.round(false, qr[0], Math.toIntExact(-s - e * k), qr[1].signum() != 0);
    }

    @TruffleBoundary
    public static LongDouble hypot(LongDouble x, LongDouble y) {
        if (x.isInfinite() || y.isInfinite()) {
            return LongDouble.INFINITY;
        } else if (x.isNaN() || y.isNaN()) {
            return Fp80Arithmetic.add(x, y);
        }
        LongDouble a = x.abs().canonical();
        LongDouble b = y.abs().canonical();
        if (a.isZero() || b.isZero()) {
            return a.isZero() ? b : a;
        }
        BigFloat fa = BigFloat.of(a);
        BigFloat fb = BigFloat.of(b);
        // b^2 below 2^-140 of a^2: the sum's square root is a plus far less than half an ulp
        if (fa.exponent() - fb.exponent() > 70) {
            return a;
        } else if (fb.exponent() - fa.exponent() > 70) {
            return b;
        }
        // the exact sum of squares, then an integer square root with its remainder as sticky bit
        int ea = a.lsbExponent();
        int eb = b.lsbExponent();
        int e0 = Math.min(ea, eb);
        BigInteger ma = a.unsignedMantissa().shiftLeft(ea - e0);
        BigInteger mb = b.unsignedMantissa().shiftLeft(eb - e0);
        BigInteger s = ma.multiply(ma).add(mb.multiply(mb));
        int t = Math.max(0, (136 - s.bitLength() + 1) / 2);
        BigInteger shifted = s.shiftLeft(2 * t);
        BigInteger[] root = shifted.sqrtAndRemainder();
        return Fp80Rounding.round(false, root[0], e0 - t, root[1].signum() != 0);
    }
}
