package dev.dsu.nodes.fp80;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The exponential and logarithm families of long double functions, correctly rounded (see
 * BigFloat). Arguments whose result certainly overflows or underflows are answered without
 * computing; domain errors give the x87 default NaN, poles a signed infinity, as glibc does.
 */
public final class Fp80Exponential {
    /** e^x overflows above ln(2^16384) = 11356.5..., and is below the smallest subnormal under -11400. */
    private static final double EXP_LIMIT = 11400;
    /** glibc's logl family answers a negative argument with a positive quiet NaN (log1pl and acoshl with the x87 default one). */
    private static final LongDouble LOG_DOMAIN_NAN = LongDouble.DEFAULT_NAN.negate();

    private Fp80Exponential() {
    }

    private static boolean isOne(LongDouble x) {
        return x.equals(LongDouble.ONE);
    }

    private static LongDouble expOf(BigFloat x) {
        double d = x.toDouble();
        if (d > EXP_LIMIT) {
            return LongDouble.INFINITY;
        } else if (d < -EXP_LIMIT) {
            return LongDouble.ZERO;
        }
        return Kernels.exp(x).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble exp(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ZERO : x;
        }
        return expOf(BigFloat.of(x));
    }

    @TruffleBoundary
    public static LongDouble exp2(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ZERO : x;
        }
        BigFloat b = BigFloat.of(x);
        double d = b.toDouble();
        if (d > 16400) {
            return LongDouble.INFINITY;
        } else if (d < -16500) {
            return LongDouble.ZERO;
        }
        // 2^x = 2^k 2^f with f = x - k exact, so that integers are exact
        BigFloat k = BigFloat.of(Fp80Arithmetic.toIntegral(x, Fp80Arithmetic.Integral.FLOOR));
        BigFloat f = b.subtract(k);
        return Kernels.exp(f.multiply(Fp80Constants.LN2)).scaleB(Math.toIntExact(k.roundToLong())).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble exp10(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ZERO : x;
        }
        BigFloat b = BigFloat.of(x);
        if (Math.abs(b.toDouble()) > 5000) {
            return b.signum() > 0 ? LongDouble.INFINITY : LongDouble.ZERO;
        }
        return expOf(b.multiply(Fp80Constants.LN10));
    }

    @TruffleBoundary
    public static LongDouble expm1(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.ONE.negate() : x;
        } else if (x.isZero()) {
            return x;
        }
        BigFloat b = BigFloat.of(x);
        double d = b.toDouble();
        if (d > EXP_LIMIT) {
            return LongDouble.INFINITY;
        } else if (d < -100) {
            // e^x below 2^-144: -1 + e^x rounds to -1
            return LongDouble.ONE.negate();
        }
        return Kernels.expm1(b).toLongDouble();
    }

    /** The special cases of the logarithms: NaN, negative (domain), zero (pole), +inf; null otherwise. */
    private static LongDouble logSpecial(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero()) {
            return LongDouble.NEGATIVE_INFINITY;
        } else if (x.isNegative()) {
            return LOG_DOMAIN_NAN;
        } else if (x.isInfinite()) {
            return x;
        }
        return null;
    }

    @TruffleBoundary
    public static LongDouble log(LongDouble x) {
        LongDouble s = logSpecial(x);
        return s != null ? s : Kernels.log(BigFloat.of(x)).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble log2(LongDouble x) {
        LongDouble s = logSpecial(x);
        if (s != null) {
            return s;
        }
        BigFloat b = BigFloat.of(x);
        if (b.abs().m.bitCount() == 1) {
            return LongDouble.fromLong(b.exponent()); // a power of two: exact
        }
        return Kernels.log(b).divide(Fp80Constants.LN2).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble log10(LongDouble x) {
        LongDouble s = logSpecial(x);
        if (s != null) {
            return s;
        }
        return Kernels.log(BigFloat.of(x)).divide(Fp80Constants.LN10).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble log1p(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero() || x.isInfinite() && !x.isNegative()) {
            return x;
        }
        BigFloat b = BigFloat.of(x);
        int c = x.isInfinite() ? -1 : b.compareTo(BigFloat.ONE.negate());
        if (c < 0) {
            return LongDouble.DEFAULT_NAN;
        } else if (c == 0) {
            return LongDouble.NEGATIVE_INFINITY;
        }
        return Kernels.log1p(b).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble sinh(LongDouble x) {
        if (!x.isFinite() || x.isZero()) {
            return x.isNaN() ? x.quiet() : x;
        }
        BigFloat b = BigFloat.of(x);
        if (Math.abs(b.toDouble()) > EXP_LIMIT) {
            return x.isNegative() ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        if (b.exponent() >= -1) {
            BigFloat e = Kernels.exp(b);
            return e.subtract(BigFloat.ONE.divide(e)).scaleB(-1).toLongDouble();
        }
        // (e^x - e^-x)/2 = (t + t/(t+1))/2 with t = e^x - 1: no cancellation for small x
        BigFloat t = Kernels.expm1(b);
        return t.add(t.divide(t.add(BigFloat.ONE))).scaleB(-1).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble cosh(LongDouble x) {
        if (!x.isFinite()) {
            return x.isNaN() ? x.quiet() : x.abs();
        }
        BigFloat b = BigFloat.of(x).abs();
        if (b.toDouble() > EXP_LIMIT) {
            return LongDouble.INFINITY;
        }
        BigFloat e = Kernels.exp(b);
        return e.add(BigFloat.ONE.divide(e)).scaleB(-1).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble tanh(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero()) {
            return x;
        }
        LongDouble one = x.isNegative() ? LongDouble.ONE.negate() : LongDouble.ONE;
        if (x.isInfinite()) {
            return one;
        }
        BigFloat b = BigFloat.of(x);
        if (Math.abs(b.toDouble()) > 50) {
            return one; // 1 - 2e^-2|x| is within a tiny fraction of an ulp of 1
        }
        // tanh x = t / (t + 2) with t = e^2x - 1
        BigFloat t = Kernels.expm1(b.scaleB(1));
        return t.divide(t.add(BigFloat.TWO)).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble asinh(LongDouble x) {
        if (!x.isFinite() || x.isZero()) {
            return x.isNaN() ? x.quiet() : x;
        }
        BigFloat a = BigFloat.of(x).abs();
        // asinh a = log1p(a + a^2 / (1 + sqrt(1 + a^2))): relative accuracy also for tiny a
        BigFloat a2 = a.multiply(a);
        BigFloat v = Kernels.log1p(a.add(a2.divide(BigFloat.ONE.add(BigFloat.ONE.add(a2).sqrt()))));
        return (x.isNegative() ? v.negate() : v).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble acosh(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        }
        if (x.isNegative() || LongDouble.compareMagnitude(x.canonical(), LongDouble.ONE) < 0) {
            return LongDouble.DEFAULT_NAN;
        } else if (x.isInfinite()) {
            return x;
        }
        // acosh x = log1p(t + sqrt(t (2 + t))) with t = x - 1 exact
        BigFloat t = BigFloat.of(x).subtract(BigFloat.ONE);
        return Kernels.log1p(t.add(t.multiply(BigFloat.TWO.add(t)).sqrt())).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble atanh(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero()) {
            return x;
        }
        int c = x.isInfinite() ? 1 : LongDouble.compareMagnitude(x.canonical(), LongDouble.ONE);
        if (c > 0) {
            return LongDouble.DEFAULT_NAN;
        } else if (c == 0) {
            return x.isNegative() ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        }
        // atanh x = log1p(2x / (1 - x)) / 2
        BigFloat b = BigFloat.of(x);
        return Kernels.log1p(b.scaleB(1).divide(BigFloat.ONE.subtract(b))).scaleB(-1).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble cbrt(LongDouble x) {
        if (!x.isFinite() || x.isZero()) {
            return x.isNaN() ? x.quiet() : x;
        }
        BigFloat a = BigFloat.of(x).abs();
        // a = 2^3k * f with f in [1, 8): cbrt a = 2^k cbrt f, by Newton's method from double's cube root
        int k = Math.floorDiv(a.exponent(), 3);
        BigFloat f = a.scaleB(-3 * k);
        BigFloat y = BigFloat.of(java.math.BigInteger.valueOf(Math.round(Math.cbrt(f.toDouble()) * 0x1p52)), -52);
        for (int i = 0; i < 4; i++) {
            BigFloat y2 = y.multiply(y);
            y = y.subtract(y2.multiply(y).subtract(f).divide(y2.multiply(3)));
        }
        BigFloat v = y.scaleB(k);
        return (x.isNegative() ? v.negate() : v).toLongDouble();
    }
}
