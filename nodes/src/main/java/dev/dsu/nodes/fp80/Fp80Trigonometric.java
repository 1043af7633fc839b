package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sinl, cosl, tanl and the inverse functions, correctly rounded (see BigFloat). Special
 * values follow glibc: sin/cos/tan of an infinity and asin/acos beyond [-1, 1] are the x87
 * default NaN, odd functions keep the sign of zero, and atan2 follows C99 Annex F.
 */
public final class Fp80Trigonometric {
    private static final BigFloat QUARTER_PI = Fp80Constants.PI.scaleB(-2);
    /** glibc's asinl/acosl answer a domain error with a positive quiet NaN, not the x87 default one. */
    private static final LongDouble DOMAIN_NAN = LongDouble.DEFAULT_NAN.negate();

    private Fp80Trigonometric() {
    }

    /** |x| = k pi/2 + r with |r| <= pi/4: r, and k mod 4. */
    private record Reduced(BigFloat r, int quadrant) {
    }

    /** Reduces |x| exactly enough also for the largest long doubles: pi to as many bits as x has integer bits. */
    private static Reduced reduce(LongDouble x) {
        BigFloat a = BigFloat.of(x).abs();
        if (a.compareTo(QUARTER_PI) <= 0) {
            return new Reduced(a, 0);
        }
        // fixed point with f fraction bits: enough that k * (error of pi) stays far below the smallest possible r
        int f = Math.max(0, a.exponent()) + BigFloat.PREC + 100;
        BigInteger halfPi = Fp80Constants.piFixed(f - 1);
        BigInteger fixed = x.unsignedMantissa().shiftLeft(x.lsbExponent() + f);
        BigInteger k = fixed.shiftLeft(1).add(halfPi).divide(halfPi.shiftLeft(1));
        BigInteger r = fixed.subtract(k.multiply(halfPi));
        return new Reduced(BigFloat.of(r, -f), k.intValue() & 3);
    }

    private static LongDouble invalid(LongDouble x) {
        return x.isNaN() ? x.quiet() : LongDouble.DEFAULT_NAN;
    }

    @TruffleBoundary
    public static LongDouble sin(LongDouble x) {
        if (!x.isFinite()) {
            return invalid(x);
        } else if (x.isZero()) {
            return x;
        }
        Reduced red = reduce(x);
        BigFloat v = switch (red.quadrant) {
            case 0 -> Kernels.sin(red.r);
            case 1 -> Kernels.cos(red.r);
            case 2 -> Kernels.sin(red.r).negate();
            default -> Kernels.cos(red.r).negate();
        };
        return (x.isNegative() ? v.negate() : v).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble cos(LongDouble x) {
        if (!x.isFinite()) {
            return invalid(x);
        }
        Reduced red = reduce(x);
        BigFloat v = switch (red.quadrant) {
            case 0 -> Kernels.cos(red.r);
            case 1 -> Kernels.sin(red.r).negate();
            case 2 -> Kernels.cos(red.r).negate();
            default -> Kernels.sin(red.r);
        };
        return v.toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble tan(LongDouble x) {
        if (!x.isFinite()) {
            return invalid(x);
        } else if (x.isZero()) {
            return x;
        }
        Reduced red = reduce(x);
        BigFloat s = Kernels.sin(red.r);
        BigFloat c = Kernels.cos(red.r);
        BigFloat v = (red.quadrant & 1) == 0 ? s.divide(c) : c.divide(s).negate();
        return (x.isNegative() ? v.negate() : v).toLongDouble();
    }

    /** |x| > 1 for a finite x. */
    private static boolean beyondOne(LongDouble x) {
        return LongDouble.compareMagnitude(x.canonical(), LongDouble.ONE) > 0;
    }

    @TruffleBoundary
    public static LongDouble asin(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite() || beyondOne(x)) {
            return DOMAIN_NAN;
        } else if (x.isZero()) {
            return x;
        }
        BigFloat b = BigFloat.of(x);
        if (b.abs().compareTo(BigFloat.ONE) == 0) {
            return (x.isNegative() ? Fp80Constants.HALF_PI.negate() : Fp80Constants.HALF_PI).toLongDouble();
        }
        // asin x = atan(x / sqrt((1-x)(1+x))): the factors are exact, no cancellation near |x| = 1
        BigFloat c = BigFloat.ONE.subtract(b).multiply(BigFloat.ONE.add(b)).sqrt();
        return Kernels.atan(b.divide(c)).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble acos(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite() || beyondOne(x)) {
            return DOMAIN_NAN;
        }
        BigFloat b = BigFloat.of(x);
        if (b.compareTo(BigFloat.ONE) == 0) {
            return LongDouble.ZERO;
        } else if (b.compareTo(BigFloat.ONE.negate()) == 0) {
            return Fp80Constants.PI.toLongDouble();
        }
        // acos x = 2 atan(sqrt((1-x)/(1+x)))
        BigFloat t = BigFloat.ONE.subtract(b).divide(BigFloat.ONE.add(b)).sqrt();
        return Kernels.atan(t).scaleB(1).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble atan(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return signed(Fp80Constants.HALF_PI, x.isNegative());
        } else if (x.isZero()) {
            return x;
        }
        return Kernels.atan(BigFloat.of(x)).toLongDouble();
    }

    private static LongDouble signed(BigFloat v, boolean negative) {
        return (negative ? v.negate() : v).toLongDouble();
    }

    /** atan2 as C99 Annex F (and glibc) defines it on zeros and infinities. */
    @TruffleBoundary
    public static LongDouble atan2(LongDouble y, LongDouble x) {
        if (x.isNaN() || y.isNaN()) {
            return Fp80Arithmetic.add(y, x);
        }
        boolean ny = y.isNegative();
        boolean nx = x.isNegative();
        if (y.isZero()) {
            return nx ? signed(Fp80Constants.PI, ny) : y;
        } else if (x.isZero()) {
            return signed(Fp80Constants.HALF_PI, ny);
        } else if (y.isInfinite()) {
            if (x.isInfinite()) {
                return signed(nx ? QUARTER_PI.multiply(3) : QUARTER_PI, ny);
            }
            return signed(Fp80Constants.HALF_PI, ny);
        } else if (x.isInfinite()) {
            return nx ? signed(Fp80Constants.PI, ny) : (ny ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO);
        }
        BigFloat q = BigFloat.of(y).divide(BigFloat.of(x)).abs();
        BigFloat a = Kernels.atan(q);
        return signed(nx ? Fp80Constants.PI.subtract(a) : a, ny);
    }
}
