package dev.dsu.nodes.fp80;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * pi, ln 2 and ln 10 to the working precision, computed once from series of exact integer
 * arithmetic; pi also to any number of bits, for reducing huge arguments of sin and cos.
 */
final class Fp80Constants {
    private static final int GUARD = 32;

    static final BigFloat PI = BigFloat.of(piFixed(BigFloat.PREC + GUARD), -(BigFloat.PREC + GUARD));
    static final BigFloat HALF_PI = PI.scaleB(-1);
    static final BigFloat LN2 = BigFloat.of(ln2Fixed(BigFloat.PREC + GUARD), -(BigFloat.PREC + GUARD));
    /** ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9). */
    static final BigFloat LN10 = BigFloat.of(ln2Fixed(BigFloat.PREC + GUARD).multiply(BigInteger.valueOf(3))
                    .add(atanhInverse(9, BigFloat.PREC + GUARD).shiftLeft(1)), -(BigFloat.PREC + GUARD));

    private static BigInteger cachedPi = BigInteger.ZERO;
    private static int cachedPiBits;

    private Fp80Constants() {
    }

    /** floor(pi * 2^bits) give or take a few units: 16 atan(1/5) - 4 atan(1/239) (Machin). */
    @TruffleBoundary
    static synchronized BigInteger piFixed(int bits) {
        if (bits > cachedPiBits) {
            int b = bits + GUARD;
            BigInteger p = atanInverse(5, b).shiftLeft(4).subtract(atanInverse(239, b).shiftLeft(2));
            cachedPi = p;
            cachedPiBits = b;
        }
        return cachedPi.shiftRight(cachedPiBits - bits);
    }

    /** atan(1/k) * 2^bits, by its alternating series. */
    private static BigInteger atanInverse(int k, int bits) {
        BigInteger power = BigInteger.ONE.shiftLeft(bits).divide(BigInteger.valueOf(k));
        BigInteger k2 = BigInteger.valueOf((long) k * k);
        BigInteger sum = power;
        for (int n = 3; power.signum() != 0; n += 2) {
            power = power.divide(k2);
            BigInteger t = power.divide(BigInteger.valueOf(n));
            sum = (n & 2) != 0 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    /** atanh(1/k) * 2^bits, by its series of positive terms. */
    private static BigInteger atanhInverse(int k, int bits) {
        BigInteger power = BigInteger.ONE.shiftLeft(bits).divide(BigInteger.valueOf(k));
        BigInteger k2 = BigInteger.valueOf((long) k * k);
        BigInteger sum = power;
        for (int n = 3; power.signum() != 0; n += 2) {
            power = power.divide(k2);
            sum = sum.add(power.divide(BigInteger.valueOf(n)));
        }
        return sum;
    }

    /** ln 2 = 2 atanh(1/3). */
    private static BigInteger ln2Fixed(int bits) {
        return atanhInverse(3, bits).shiftLeft(1);
    }
}
