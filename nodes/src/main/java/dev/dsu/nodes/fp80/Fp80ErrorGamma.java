package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * erfl, erfcl, tgammal and lgammal, correctly rounded (see BigFloat). erf by its Taylor
 * series (cancellation stays far within the working precision for |x| < 7), erfc for large
 * x by Laplace's continued fraction, Gamma by Stirling's series after shifting the argument
 * above 40, negative arguments by the reflection formula.
 */
public final class Fp80ErrorGamma {
    /** Beyond this |x|, erf x is +-1 and erfc(-x) 2 after rounding (erfc 7 = 4e-23). */
    private static final double ERF_SATURATED = 7;
    /** Below this erfc is 1 - erf (losing at most 40 bits), above it the continued fraction. */
    private static final double ERFC_FRACTION = 5;
    /** erfc(110) = e^-12100 is below half the smallest subnormal. */
    private static final double ERFC_ZERO = 110;
    /** Continued fraction depth: 2^-250 relative from x = 5 on. */
    private static final int ERFC_TERMS = 200;
    private static final BigFloat TWO_OVER_SQRT_PI = BigFloat.TWO.divide(Fp80Constants.PI.sqrt());
    /** Stirling's series is used from this argument on; with STIRLING_TERMS its error is below 2^-250. */
    private static final int STIRLING_FROM = 40;
    private static final int STIRLING_TERMS = 40;
    private static final BigFloat[] STIRLING = stirlingCoefficients();
    private static final BigFloat HALF_LN_2PI = Kernels.log(Fp80Constants.PI.scaleB(1)).scaleB(-1);
    private static final BigFloat LN_PI = Kernels.log(Fp80Constants.PI);
    /** glibc's tgammal answers a domain error with a positive quiet NaN. */
    private static final LongDouble DOMAIN_NAN = LongDouble.DEFAULT_NAN.negate();

    private Fp80ErrorGamma() {
    }

    // ---- erf, erfc ----

    /** The Taylor series 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)). */
    private static BigFloat erfSeries(BigFloat x) {
        BigFloat x2 = x.multiply(x);
        BigFloat power = x;
        BigFloat sum = x;
        for (int n = 1; ; n++) {
            power = power.multiply(x2).divide(n).negate();
            BigFloat t = power.divide(2L * n + 1);
            if (n > x2.toDouble() && Kernels.negligible(t, sum)) {
                return sum.multiply(TWO_OVER_SQRT_PI);
            }
            sum = sum.add(t);
        }
    }

    /** erfc x for x >= 5: e^-x^2 / (sqrt(pi) (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))). */
    private static BigFloat erfcFraction(BigFloat x) {
        BigFloat f = x;
        for (int n = ERFC_TERMS; n >= 1; n--) {
            f = x.add(BigFloat.of(n).scaleB(-1).divide(f));
        }
        return Kernels.exp(x.multiply(x).negate()).multiply(TWO_OVER_SQRT_PI).scaleB(-1).divide(f);
    }

    @TruffleBoundary
    public static LongDouble erf(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero()) {
            return x;
        }
        LongDouble one = x.isNegative() ? LongDouble.ONE.negate() : LongDouble.ONE;
        BigFloat b = BigFloat.of(x);
        if (x.isInfinite() || Math.abs(b.toDouble()) > ERF_SATURATED) {
            return one;
        }
        return erfSeries(b).toLongDouble();
    }

    @TruffleBoundary
    public static LongDouble erfc(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isInfinite()) {
            return x.isNegative() ? LongDouble.fromLong(2) : LongDouble.ZERO;
        }
        BigFloat b = BigFloat.of(x);
        double d = b.toDouble();
        if (d < -ERF_SATURATED) {
            return LongDouble.fromLong(2);
        } else if (d < ERFC_FRACTION) {
            return BigFloat.ONE.subtract(erfSeries(b)).toLongDouble();
        } else if (d > ERFC_ZERO) {
            return LongDouble.ZERO;
        }
        return erfcFraction(b).toLongDouble();
    }

    // ---- Gamma ----

    /** B_2k / (2k (2k-1)) for k = 1..STIRLING_TERMS, from Bernoulli numbers computed exactly as fractions. */
    private static BigFloat[] stirlingCoefficients() {
        int n = 2 * STIRLING_TERMS;
        BigInteger[] num = new BigInteger[n + 1];
        BigInteger[] den = new BigInteger[n + 1];
        num[0] = BigInteger.ONE;
        den[0] = BigInteger.ONE;
        // B_m = -1/(m+1) sum_{k<m} C(m+1, k) B_k
        for (int m = 1; m <= n; m++) {
            BigInteger sn = BigInteger.ZERO;
            BigInteger sd = BigInteger.ONE;
            BigInteger binom = BigInteger.ONE; // C(m+1, k)
            for (int k = 0; k < m; k++) {
                BigInteger tn = binom.multiply(num[k]);
                sn = sn.multiply(den[k]).add(tn.multiply(sd));
                sd = sd.multiply(den[k]);
                BigInteger g = sn.gcd(sd);
                if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                    sn = sn.divide(g);
                    sd = sd.divide(g);
                }
                binom = binom.multiply(BigInteger.valueOf(m + 1 - k)).divide(BigInteger.valueOf(k + 1));
            }
            num[m] = sn.negate();
            den[m] = sd.multiply(BigInteger.valueOf(m + 1));
        }
        BigFloat[] c = new BigFloat[STIRLING_TERMS];
        for (int k = 1; k <= STIRLING_TERMS; k++) {
            BigInteger d = den[2 * k].multiply(BigInteger.valueOf((long) (2 * k) * (2 * k - 1)));
            c[k - 1] = BigFloat.of(num[2 * k], 0).divide(BigFloat.of(d, 0));
        }
        return c;
    }

    /** ln Gamma(x) for x > 0: shifted up to STIRLING_FROM, then Stirling's series. */
    private static BigFloat lgammaPositive(BigFloat x) {
        BigFloat product = BigFloat.ONE;
        BigFloat z = x;
        while (z.toDouble() < STIRLING_FROM) {
            product = product.multiply(z);
            z = z.add(BigFloat.ONE);
        }
        BigFloat lnZ = Kernels.log(z);
        BigFloat sum = z.subtract(BigFloat.HALF).multiply(lnZ).subtract(z).add(HALF_LN_2PI);
        BigFloat inverse = BigFloat.ONE.divide(z);
        BigFloat inverse2 = inverse.multiply(inverse);
        BigFloat power = inverse;
        for (BigFloat c : STIRLING) {
            BigFloat t = c.multiply(power);
            if (Kernels.negligible(t, sum)) {
                break;
            }
            sum = sum.add(t);
            power = power.multiply(inverse2);
        }
        return sum.subtract(Kernels.log(product));
    }

    /** sin(pi x) for a finite non-integer x, reduced exactly modulo 2 first. */
    private static BigFloat sinPi(LongDouble x) {
        BigFloat b = BigFloat.of(x);
        BigFloat r = b.subtract(BigFloat.of(b.scaleB(-1).roundToLong()).scaleB(1));
        if (r.compareTo(BigFloat.HALF) > 0) {
            r = BigFloat.ONE.subtract(r);
        } else if (r.compareTo(BigFloat.HALF.negate()) < 0) {
            r = BigFloat.ONE.negate().subtract(r);
        }
        return Kernels.sin(r.multiply(Fp80Constants.PI));
    }

    @TruffleBoundary
    public static LongDouble tgamma(LongDouble x) {
        if (x.isNaN()) {
            return x.quiet();
        } else if (x.isZero()) {
            return x.isNegative() ? LongDouble.NEGATIVE_INFINITY : LongDouble.INFINITY;
        } else if (x.isInfinite()) {
            return x.isNegative() ? DOMAIN_NAN : x;
        }
        boolean integer = Fp80Power.isInteger(x);
        if (integer && x.isNegative()) {
            return DOMAIN_NAN;
        }
        BigFloat b = BigFloat.of(x);
        double d = b.toDouble();
        if (d > 1760) {
            return LongDouble.INFINITY;
        } else if (integer) {
            // (x-1)! rounded once from its exact value
            BigInteger f = BigInteger.ONE;
            for (int k = 2; k < (int) d; k++) {
                f = f.multiply(BigInteger.valueOf(k));
            }
            return LongDouble.fromBigInteger(f);
        } else if (d > 0) {
            return exp(lgammaPositive(b));
        }
        // reflection: Gamma(x) = pi / (sin(pi x) Gamma(1-x))
        BigFloat s = sinPi(x);
        if (d < -1800) {
            return s.signum() < 0 ? LongDouble.NEGATIVE_ZERO : LongDouble.ZERO;
        }
        BigFloat g = Kernels.exp(lgammaPositive(BigFloat.ONE.subtract(b)).negate());
        return Fp80Constants.PI.multiply(g).divide(s).toLongDouble();
    }

    private static LongDouble exp(BigFloat l) {
        double d = l.toDouble();
        if (d > 11400) {
            return LongDouble.INFINITY;
        } else if (d < -11450) {
            return LongDouble.ZERO;
        }
        return Kernels.exp(l).toLongDouble();
    }

    /** ln |Gamma(x)| and the sign of Gamma(x) (what lgammal stores in signgam). */
    public record SignedLog(LongDouble value, int sign) {
    }

    @TruffleBoundary
    public static SignedLog lgamma(LongDouble x) {
        if (x.isNaN()) {
            return new SignedLog(x.quiet(), 1);
        } else if (x.isInfinite()) {
            return new SignedLog(LongDouble.INFINITY, 1);
        } else if (x.isZero()) {
            return new SignedLog(LongDouble.INFINITY, x.isNegative() ? -1 : 1);
        }
        if (Fp80Power.isInteger(x)) {
            if (x.isNegative()) {
                return new SignedLog(LongDouble.INFINITY, 1); // a pole
            } else if (x.equals(LongDouble.ONE) || x.equals(LongDouble.fromLong(2))) {
                return new SignedLog(LongDouble.ZERO, 1);
            }
        }
        BigFloat b = BigFloat.of(x);
        if (!x.isNegative()) {
            return new SignedLog(lgammaPositive(b).toLongDouble(), 1);
        }
        // ln |Gamma(x)| = ln pi - ln |sin(pi x)| - ln Gamma(1-x)
        BigFloat s = sinPi(x);
        BigFloat v = LN_PI.subtract(Kernels.log(s.abs())).subtract(lgammaPositive(BigFloat.ONE.subtract(b)));
        return new SignedLog(v.toLongDouble(), s.signum());
    }
}
