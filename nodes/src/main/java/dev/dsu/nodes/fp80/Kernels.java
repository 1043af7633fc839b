package dev.dsu.nodes.fp80;

/**
 * The elementary functions on BigFloat for arguments already checked (finite, in domain):
 * argument reduction to a small range, then a Taylor series summed until its terms fall
 * below the working precision.
 */
final class Kernels {
    /** A term this many bits below the sum no longer changes it. */
    private static final int NEGLIGIBLE = BigFloat.PREC + 8;
    private static final BigFloat SQRT2 = BigFloat.TWO.sqrt();
    /** exp's reduced argument is halved this often and the series' result squared back. */
    private static final int EXP_HALVINGS = 8;
    /** atan halves its angle this often, so that its series converges fast. */
    private static final int ATAN_HALVINGS = 4;

    private Kernels() {
    }

    static boolean negligible(BigFloat term, BigFloat sum) {
        return term.isZero() || !sum.isZero() && term.exponent() < sum.exponent() - NEGLIGIBLE;
    }

    /** e^x for |x| below about 2^30 (the caller checks overflow first). */
    static BigFloat exp(BigFloat x) {
        // x = k ln 2 + r with |r| <= ln2/2: e^x = 2^k e^r
        long k = x.divide(Fp80Constants.LN2).roundToLong();
        BigFloat r = x.subtract(Fp80Constants.LN2.multiply(k)).scaleB(-EXP_HALVINGS);
        BigFloat sum = BigFloat.ONE;
        BigFloat term = BigFloat.ONE;
        for (int n = 1; !negligible(term, sum); n++) {
            term = term.multiply(r).divide(n);
            sum = sum.add(term);
        }
        for (int i = 0; i < EXP_HALVINGS; i++) {
            sum = sum.multiply(sum);
        }
        return sum.scaleB(Math.toIntExact(k));
    }

    /** e^x - 1 without the cancellation near 0. */
    static BigFloat expm1(BigFloat x) {
        if (x.isZero() || x.exponent() >= -1) {
            return exp(x).subtract(BigFloat.ONE);
        }
        BigFloat sum = x;
        BigFloat term = x;
        for (int n = 2; !negligible(term, sum); n++) {
            term = term.multiply(x).divide(n);
            sum = sum.add(term);
        }
        return sum;
    }

    /** ln x for x > 0. */
    static BigFloat log(BigFloat x) {
        // x = 2^n * f with f in [sqrt(1/2), sqrt 2): ln x = n ln 2 + 2 atanh((f-1)/(f+1))
        int n = x.exponent();
        BigFloat f = x.scaleB(-n);
        if (f.compareTo(SQRT2) > 0) {
            f = f.scaleB(-1);
            n++;
        }
        BigFloat z = f.subtract(BigFloat.ONE).divide(f.add(BigFloat.ONE));
        return Fp80Constants.LN2.multiply(n).add(atanhSeries(z).scaleB(1));
    }

    /** ln(1 + x) for x > -1, accurate relative to the result also for tiny x. */
    static BigFloat log1p(BigFloat x) {
        if (x.isZero() || x.exponent() >= -1) {
            return log(BigFloat.ONE.add(x));
        }
        // |x| < 1/2: ln(1+x) = 2 atanh(x / (2 + x)), with no rounding of 1 + x
        return atanhSeries(x.divide(BigFloat.TWO.add(x))).scaleB(1);
    }

    /** atanh z = z + z^3/3 + z^5/5 + ..., for small |z|. */
    static BigFloat atanhSeries(BigFloat z) {
        BigFloat z2 = z.multiply(z);
        BigFloat sum = z;
        BigFloat power = z;
        for (int k = 3; ; k += 2) {
            power = power.multiply(z2);
            BigFloat t = power.divide(k);
            if (negligible(t, sum)) {
                return sum;
            }
            sum = sum.add(t);
        }
    }

    /** sin r for |r| <= pi/2 or so. */
    static BigFloat sin(BigFloat r) {
        BigFloat r2 = r.multiply(r);
        BigFloat sum = r;
        BigFloat term = r;
        for (int n = 2; ; n += 2) {
            term = term.multiply(r2).divide((long) n * (n + 1)).negate();
            if (negligible(term, sum)) {
                return sum;
            }
            sum = sum.add(term);
        }
    }

    /** cos r for |r| <= pi/2 or so. */
    static BigFloat cos(BigFloat r) {
        BigFloat r2 = r.multiply(r);
        BigFloat sum = BigFloat.ONE;
        BigFloat term = BigFloat.ONE;
        for (int n = 1; ; n += 2) {
            term = term.multiply(r2).divide((long) n * (n + 1)).negate();
            if (negligible(term, sum) || term.isZero()) {
                return sum;
            }
            sum = sum.add(term);
        }
    }

    /** atan x for any finite x. */
    static BigFloat atan(BigFloat x) {
        if (x.isZero()) {
            return x;
        }
        boolean negative = x.signum() < 0;
        BigFloat a = x.abs();
        boolean inverted = a.compareTo(BigFloat.ONE) > 0;
        if (inverted) {
            a = BigFloat.ONE.divide(a);
        }
        // atan a = 2 atan(a / (1 + sqrt(1 + a^2))): halving the angle speeds the series up
        for (int i = 0; i < ATAN_HALVINGS; i++) {
            a = a.divide(BigFloat.ONE.add(BigFloat.ONE.add(a.multiply(a)).sqrt()));
        }
        BigFloat a2 = a.multiply(a);
        BigFloat sum = a;
        BigFloat power = a;
        for (int k = 3; ; k += 2) {
            power = power.multiply(a2).negate();
            BigFloat t = power.divide(k);
            if (negligible(t, sum)) {
                break;
            }
            sum = sum.add(t);
        }
        BigFloat r = sum.scaleB(ATAN_HALVINGS);
        if (inverted) {
            r = Fp80Constants.HALF_PI.subtract(r);
        }
        return negative ? r.negate() : r;
    }
}
