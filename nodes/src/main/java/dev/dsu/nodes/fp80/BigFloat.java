package dev.dsu.nodes.fp80;

import java.math.BigInteger;

/**
 * A binary floating-point number m * 2^e with a working precision (PREC bits) far beyond
 * long double's 64. The long double transcendental functions compute in it and round once
 * (toLongDouble), so that their results are correctly rounded except in cases closer to a
 * rounding boundary than about 2^-130 relative, which do not occur in practice.
 *
 * Operations round their result to PREC bits (to nearest); the exponent is an int, so no
 * intermediate result of a long double computation overflows or underflows.
 */
public final class BigFloat implements Comparable<BigFloat> {
    public static final int PREC = 200;

    public static final BigFloat ZERO = new BigFloat(BigInteger.ZERO, 0);
    public static final BigFloat ONE = new BigFloat(BigInteger.ONE, 0);
    public static final BigFloat TWO = new BigFloat(BigInteger.ONE, 1);
    public static final BigFloat HALF = new BigFloat(BigInteger.ONE, -1);

    /** Signed mantissa, at most PREC bits. */
    final BigInteger m;
    final int e;

    private BigFloat(BigInteger m, int e) {
        this.m = m;
        this.e = e;
    }

    /** m * 2^e rounded to PREC bits. */
    public static BigFloat of(BigInteger m, long e) {
        int excess = m.bitLength() - PREC;
        if (excess > 0) {
            // round to nearest: add half of the last kept bit's weight, then drop
            BigInteger half = BigInteger.ONE.shiftLeft(excess - 1);
            BigInteger r = m.signum() < 0 ? m.negate().add(half).shiftRight(excess).negate() : m.add(half).shiftRight(excess);
            m = r;
            e += excess;
        }
        if (m.signum() == 0) {
            return ZERO;
        }
        return new BigFloat(m, Math.toIntExact(e));
    }

    public static BigFloat of(long v) {
        return of(BigInteger.valueOf(v), 0);
    }

    /** The exact value of a finite long double. */
    public static BigFloat of(LongDouble x) {
        BigInteger mag = x.unsignedMantissa();
        return of(x.isNegative() ? mag.negate() : mag, x.lsbExponent());
    }

    /** The long double nearest to this value: the one rounding of a function's result. */
    public LongDouble toLongDouble() {
        if (m.signum() == 0) {
            return LongDouble.ZERO;
        }
        return Fp80Rounding.round(m.signum() < 0, m.abs(), e, false);
    }

    public int signum() {
        return m.signum();
    }

    public boolean isZero() {
        return m.signum() == 0;
    }

    /** floor(log2 |x|) for x != 0. */
    public int exponent() {
        return e + m.bitLength() - 1;
    }

    public BigFloat negate() {
        return new BigFloat(m.negate(), e);
    }

    public BigFloat abs() {
        return m.signum() < 0 ? negate() : this;
    }

    /** x * 2^k, exact. */
    public BigFloat scaleB(int k) {
        return m.signum() == 0 ? this : new BigFloat(m, e + k);
    }

    public BigFloat add(BigFloat o) {
        if (o.m.signum() == 0) {
            return this;
        } else if (m.signum() == 0) {
            return o;
        }
        // an addend entirely below the other's rounding cannot change it (beyond a tie, which PREC makes irrelevant)
        if (exponent() - o.exponent() > PREC + 2) {
            return this;
        } else if (o.exponent() - exponent() > PREC + 2) {
            return o;
        }
        int e0 = Math.min(e, o.e);
        return of(m.shiftLeft(e - e0).add(o.m.shiftLeft(o.e - e0)), e0);
    }

    public BigFloat subtract(BigFloat o) {
        return add(o.negate());
    }

    public BigFloat multiply(BigFloat o) {
        return of(m.multiply(o.m), (long) e + o.e);
    }

    public BigFloat multiply(long k) {
        return of(m.multiply(BigInteger.valueOf(k)), e);
    }

    public BigFloat divide(BigFloat o) {
        if (m.signum() == 0) {
            return this;
        }
        int shift = PREC + 2 + o.m.bitLength() - m.bitLength();
        BigInteger num = shift >= 0 ? m.shiftLeft(shift) : m.shiftRight(-shift);
        return of(num.divide(o.m), (long) e - o.e - shift);
    }

    public BigFloat divide(long k) {
        return divide(of(k));
    }

    /** Square root of a value >= 0. */
    public BigFloat sqrt() {
        if (m.signum() == 0) {
            return this;
        }
        long s = Math.max(0, 2L * PREC + 2 - m.bitLength());
        if (((e - s) & 1) != 0) {
            s++;
        }
        return of(m.shiftLeft((int) s).sqrt(), (e - s) / 2);
    }

    /** The nearest integer (ties away from zero), for values of moderate size. */
    public long roundToLong() {
        BigFloat h = add(signum() < 0 ? HALF.negate() : HALF);
        return h.truncate().longValueExact();
    }

    /** The integer part, toward zero. */
    public BigInteger truncate() {
        if (e >= 0) {
            return m.shiftLeft(e);
        }
        BigInteger a = m.abs().shiftRight(-e);
        return m.signum() < 0 ? a.negate() : a;
    }

    /** An approximation, only for starting values and range checks (clamped to double's range). */
    public double toDouble() {
        if (m.signum() == 0) {
            return 0;
        }
        int drop = Math.max(0, m.bitLength() - 62);
        double d = m.shiftRight(drop).doubleValue();
        long k = (long) e + drop;
        return Math.scalb(d, (int) Math.max(-3000, Math.min(3000, k)));
    }

    @Override
    public int compareTo(BigFloat o) {
        return subtract(o).signum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BigFloat b && b.m.equals(m) && b.e == e;
    }

    @Override
    public int hashCode() {
        return m.hashCode() * 31 + e;
    }

    @Override
    public String toString() {
        return m + "*2^" + e;
    }
}
