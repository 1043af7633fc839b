package dev.dsu.language.libc;

import java.util.Map;

import dev.dsu.nodes.fp80.Fp80Arithmetic;
import dev.dsu.nodes.fp80.LongDouble;

/**
 * The complex multiply/divide helpers compilers call for {@code _Complex} {@code *} and {@code /}
 * (C11 Annex G). A native x86-64 Linux program, from gcc or clang, links them from libgcc, so they
 * follow libgcc's documented choices: multiplication is the schoolbook formula with infinities
 * recovered from NaN+iNaN; double division is Smith's method with power-of-two scaling against
 * overflow and underflow; float division is the plain formula evaluated in double.
 * <p>
 * In IR, the double variants return {@code {double, double}} (an Object[] here), the float
 * variants {@code <2 x float>} (a float[]), the long double variants {@code {x86_fp80, x86_fp80}}.
 */
final class ComplexArithmetic {
    private ComplexArithmetic() {
    }

    // libgcc's scaling thresholds for double
    private static final double RBIG = Double.MAX_VALUE / 2;
    private static final double RMIN = Double.MIN_NORMAL;
    private static final double RMIN2 = Math.ulp(1.0); // DBL_EPSILON
    private static final double RMINSCAL = 1 / RMIN2;
    private static final double RMAX2 = RBIG * RMIN2;

    private static double box(double v) {
        // an infinite part becomes +-1, a finite one +-0 (Annex G "boxing")
        return Math.copySign(Double.isInfinite(v) ? 1.0 : 0.0, v);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? Math.copySign(0.0, v) : v;
    }

    /** (a + bi)(c + di). */
    static double[] multiply(double a, double b, double c, double d) {
        double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
        double x = ac - bd;
        double y = ad + bc;
        if (Double.isNaN(x) && Double.isNaN(y)) {
            boolean overflowed = Double.isInfinite(ac) || Double.isInfinite(bd) || Double.isInfinite(ad) || Double.isInfinite(bc);
            double[] f = recoverProduct(a, b, c, d, overflowed);
            if (f != null) {
                double inf = Double.POSITIVE_INFINITY;
                return new double[]{inf * (f[0] * f[2] - f[1] * f[3]), inf * (f[0] * f[3] + f[1] * f[2])};
            }
        }
        return new double[]{x, y};
    }

    /** float (a + bi)(c + di): the same formula in float arithmetic. */
    static float[] multiply(float a, float b, float c, float d) {
        float ac = a * c, bd = b * d, ad = a * d, bc = b * c;
        float x = ac - bd;
        float y = ad + bc;
        if (Float.isNaN(x) && Float.isNaN(y)) {
            boolean overflowed = Float.isInfinite(ac) || Float.isInfinite(bd) || Float.isInfinite(ad) || Float.isInfinite(bc);
            double[] g = recoverProduct(a, b, c, d, overflowed);
            if (g != null) {
                // recomputed in float: a partial product that overflowed in float must again
                float fa = (float) g[0], fb = (float) g[1], fc = (float) g[2], fd = (float) g[3];
                float inf = Float.POSITIVE_INFINITY;
                return new float[]{inf * (fa * fc - fb * fd), inf * (fa * fd + fb * fc)};
            }
        }
        return new float[]{x, y};
    }

    /**
     * Annex G: infinities the formula computed as NaN+iNaN. Returns the factors to recompute
     * with (times infinity), or null when the NaN stands.
     */
    private static double[] recoverProduct(double a, double b, double c, double d, boolean partialOverflowed) {
        boolean recalc = false;
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            // an infinite factor: box it, and a NaN in the other factor becomes 0
            a = box(a);
            b = box(b);
            c = zeroIfNaN(c);
            d = zeroIfNaN(d);
            recalc = true;
        }
        if (Double.isInfinite(c) || Double.isInfinite(d)) {
            c = box(c);
            d = box(d);
            a = zeroIfNaN(a);
            b = zeroIfNaN(b);
            recalc = true;
        }
        if (!recalc && partialOverflowed) {
            // the NaNs came from overflowing partial products
            a = zeroIfNaN(a);
            b = zeroIfNaN(b);
            c = zeroIfNaN(c);
            d = zeroIfNaN(d);
            recalc = true;
        }
        return recalc ? new double[]{a, b, c, d} : null;
    }

    /** (a + bi)/(c + di), Smith's method with libgcc's scaling. */
    static double[] divide(double a, double b, double c, double d) {
        double x, y;
        if (Math.abs(c) < Math.abs(d)) {
            if (Math.abs(d) >= RBIG) {
                a /= 2;
                b /= 2;
                c /= 2;
                d /= 2;
            }
            if (Math.abs(d) < RMIN2 || tinyNumerator(a, b, d)) {
                a *= RMINSCAL;
                b *= RMINSCAL;
                c *= RMINSCAL;
                d *= RMINSCAL;
            }
            double ratio = c / d;
            double denom = c * ratio + d;
            if (Math.abs(ratio) > RMIN) {
                x = (a * ratio + b) / denom;
                y = (b * ratio - a) / denom;
            } else {
                // a subnormal ratio loses digits: divide first
                x = (c * (a / d) + b) / denom;
                y = (c * (b / d) - a) / denom;
            }
        } else {
            if (Math.abs(c) >= RBIG) {
                a /= 2;
                b /= 2;
                c /= 2;
                d /= 2;
            }
            if (Math.abs(c) < RMIN2 || tinyNumerator(a, b, c)) {
                a *= RMINSCAL;
                b *= RMINSCAL;
                c *= RMINSCAL;
                d *= RMINSCAL;
            }
            double ratio = d / c;
            double denom = d * ratio + c;
            if (Math.abs(ratio) > RMIN) {
                x = (b * ratio + a) / denom;
                y = (b - a * ratio) / denom;
            } else {
                x = (a + d * (b / c)) / denom;
                y = (b - d * (a / c)) / denom;
            }
        }
        if (Double.isNaN(x) && Double.isNaN(y)) {
            // libgcc recovers from the scaled operands (a scaled part may have become infinite)
            return recoverQuotient(a, b, c, d, x, y);
        }
        return new double[]{x, y};
    }

    /** A numerator part below DBL_MIN while nothing is large: scaling up keeps its digits. */
    private static boolean tinyNumerator(double a, double b, double big) {
        return Math.abs(a) < RMIN && Math.abs(b) < RMAX2 && Math.abs(big) < RMAX2 ||
                        Math.abs(b) < RMIN && Math.abs(a) < RMAX2 && Math.abs(big) < RMAX2;
    }

    /** Annex G: nonzero/zero, infinite/finite and finite/infinite computed as NaN+iNaN. */
    private static double[] recoverQuotient(double a, double b, double c, double d, double x, double y) {
        if (c == 0.0 && d == 0.0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
            double inf = Math.copySign(Double.POSITIVE_INFINITY, c);
            return new double[]{inf * a, inf * b};
        } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
            a = box(a);
            b = box(b);
            return new double[]{Double.POSITIVE_INFINITY * (a * c + b * d), Double.POSITIVE_INFINITY * (b * c - a * d)};
        } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
            c = box(c);
            d = box(d);
            return new double[]{0.0 * (a * c + b * d), 0.0 * (b * c - a * d)};
        }
        return new double[]{x, y};
    }

    /**
     * Arithmetic with SSE's NaN rules, which Java leaves open (a JIT may commute operands): a NaN
     * operand propagates, the first one if both are; an invalid operation gives the negative
     * default NaN. Where NaNs meet, their signs then print as the native program's do.
     */
    private static final class X86 {
        private static final double DEFAULT_NAN = Double.longBitsToDouble(0xfff8000000000000L);

        private static double result(double p, double q, double r) {
            if (Double.isNaN(p)) {
                return p;
            } else if (Double.isNaN(q)) {
                return q;
            }
            return Double.isNaN(r) ? DEFAULT_NAN : r;
        }

        static double add(double p, double q) {
            return result(p, q, p + q);
        }

        static double sub(double p, double q) {
            return result(p, q, p - q);
        }

        static double mul(double p, double q) {
            return result(p, q, p * q);
        }

        static double div(double p, double q) {
            return result(p, q, p / q);
        }
    }

    /** float division: the textbook formula in double has the range and precision to need no scaling. */
    static float[] divide(float a, float b, float c, float d) {
        double aa = a, bb = b, cc = c, dd = d;
        double denom = X86.add(X86.mul(cc, cc), X86.mul(dd, dd));
        float x = (float) X86.div(X86.add(X86.mul(aa, cc), X86.mul(bb, dd)), denom);
        float y = (float) X86.div(X86.sub(X86.mul(bb, cc), X86.mul(aa, dd)), denom);
        if (Float.isNaN(x) && Float.isNaN(y)) {
            double[] r = recoverQuotient(a, b, c, d, x, y);
            return new float[]{(float) r[0], (float) r[1]};
        }
        return new float[]{x, y};
    }

    // ---- long double: exact x87 arithmetic; the rare NaN recovery goes through double ----

    private static LongDouble mul(LongDouble p, LongDouble q) {
        return Fp80Arithmetic.multiply(p, q);
    }

    static LongDouble[] multiply(LongDouble a, LongDouble b, LongDouble c, LongDouble d) {
        LongDouble x = Fp80Arithmetic.subtract(mul(a, c), mul(b, d));
        LongDouble y = Fp80Arithmetic.add(mul(a, d), mul(b, c));
        if (x.isNaN() && y.isNaN()) {
            double[] r = multiply(a.toDouble(), b.toDouble(), c.toDouble(), d.toDouble());
            return new LongDouble[]{LongDouble.fromDouble(r[0]), LongDouble.fromDouble(r[1])};
        }
        return new LongDouble[]{x, y};
    }

    /** Smith's method; the 15-bit exponent makes the double variant's scaling unnecessary in practice. */
    static LongDouble[] divide(LongDouble a, LongDouble b, LongDouble c, LongDouble d) {
        LongDouble x, y;
        if (c.abs().compareTo(d.abs()) < 0) {
            LongDouble ratio = Fp80Arithmetic.divide(c, d);
            LongDouble denom = Fp80Arithmetic.add(mul(c, ratio), d);
            x = Fp80Arithmetic.divide(Fp80Arithmetic.add(mul(a, ratio), b), denom);
            y = Fp80Arithmetic.divide(Fp80Arithmetic.subtract(mul(b, ratio), a), denom);
        } else {
            LongDouble ratio = Fp80Arithmetic.divide(d, c);
            LongDouble denom = Fp80Arithmetic.add(mul(d, ratio), c);
            x = Fp80Arithmetic.divide(Fp80Arithmetic.add(mul(b, ratio), a), denom);
            y = Fp80Arithmetic.divide(Fp80Arithmetic.subtract(b, mul(a, ratio)), denom);
        }
        if (x.isNaN() && y.isNaN()) {
            double[] r = recoverQuotient(a.toDouble(), b.toDouble(), c.toDouble(), d.toDouble(), x.toDouble(), y.toDouble());
            return new LongDouble[]{LongDouble.fromDouble(r[0]), LongDouble.fromDouble(r[1])};
        }
        return new LongDouble[]{x, y};
    }

    private static Object[] pair(double[] r) {
        return new Object[]{r[0], r[1]};
    }

    static void register(Map<String, Builtin> m) {
        m.put("__muldc3", (a, loc) -> pair(multiply(Args.d(a, 0), Args.d(a, 1), Args.d(a, 2), Args.d(a, 3))));
        m.put("__divdc3", (a, loc) -> pair(divide(Args.d(a, 0), Args.d(a, 1), Args.d(a, 2), Args.d(a, 3))));
        m.put("__mulsc3", (a, loc) -> multiply(Args.f(a, 0), Args.f(a, 1), Args.f(a, 2), Args.f(a, 3)));
        m.put("__divsc3", (a, loc) -> divide(Args.f(a, 0), Args.f(a, 1), Args.f(a, 2), Args.f(a, 3)));
        m.put("__mulxc3", (a, loc) -> {
            LongDouble[] r = multiply(Fp80.arg(a, 0), Fp80.arg(a, 1), Fp80.arg(a, 2), Fp80.arg(a, 3));
            return new Object[]{r[0], r[1]};
        });
        m.put("__divxc3", (a, loc) -> {
            LongDouble[] r = divide(Fp80.arg(a, 0), Fp80.arg(a, 1), Fp80.arg(a, 2), Fp80.arg(a, 3));
            return new Object[]{r[0], r[1]};
        });
    }
}
