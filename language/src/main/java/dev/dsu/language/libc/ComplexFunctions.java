package dev.dsu.language.libc;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * complex.h as glibc exports it, with its special cases (C11 Annex G). On x86-64 a
 * {@code double _Complex} argument arrives as two doubles and the result leaves as
 * {@code {double, double}} (Object[] here); a {@code float _Complex} travels as one
 * {@code <2 x float>} (float[]). The float variants are evaluated in double and rounded once.
 * The long double variants (passed in memory) are not provided.
 */
final class ComplexFunctions {
    private ComplexFunctions() {
    }

    /** A complex value as a pair; index 0 real, 1 imaginary. */
    private static double[] z(double re, double im) {
        return new double[]{re, im};
    }

    // glibc's overflow thresholds: exp(t) is the largest power of e that does not overflow
    private static final int EXP_LIMIT = (int) ((Double.MAX_EXPONENT) * Math.log(2)); // 709
    private static final int TANH_LIMIT = (int) ((Double.MAX_EXPONENT) * Math.log(2) / 2); // 354

    private static double sinOf(double y) {
        return Math.abs(y) > Double.MIN_NORMAL ? RoundedOnce.sin(y) : y;
    }

    private static double cosOf(double y) {
        return Math.abs(y) > Double.MIN_NORMAL ? RoundedOnce.cos(y) : 1.0;
    }

    static double cabs(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    static double carg(double x, double y) {
        return StrictMath.atan2(y, x);
    }

    static double[] csqrt(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(y)) {
                return z(Double.POSITIVE_INFINITY, y);
            } else if (Double.isInfinite(x)) {
                if (x < 0) {
                    return z(Double.isNaN(y) ? y : 0.0, Math.copySign(Double.POSITIVE_INFINITY, y));
                }
                return z(x, Double.isNaN(y) ? y : Math.copySign(0.0, y));
            }
            return z(x - x + (y - y), x - x + (y - y)); // NaN
        }
        if (y == 0) {
            if (x < 0) {
                return z(0.0, Math.copySign(Math.sqrt(-x), y));
            }
            return z(Math.abs(Math.sqrt(x)), Math.copySign(0.0, y));
        }
        if (x == 0) {
            double r;
            if (Math.abs(y) >= 2 * Double.MIN_NORMAL) {
                r = Math.sqrt(0.5 * Math.abs(y));
            } else {
                r = 0.5 * Math.sqrt(2 * Math.abs(y));
            }
            return z(r, Math.copySign(r, y));
        }
        // scale so that hypot and the sums neither overflow nor lose digits to underflow
        int scale = 0;
        if (Math.abs(x) > Double.MAX_VALUE / 4) {
            scale = 1;
            x = Math.scalb(x, -2);
            y = Math.scalb(y, -2);
        } else if (Math.abs(y) > Double.MAX_VALUE / 4) {
            scale = 1;
            x = Math.abs(x) >= 4 * Double.MIN_NORMAL ? Math.scalb(x, -2) : 0;
            y = Math.scalb(y, -2);
        } else if (Math.abs(x) < 2 * Double.MIN_NORMAL && Math.abs(y) < 2 * Double.MIN_NORMAL) {
            scale = -((53 + 1) / 2);
            x = Math.scalb(x, -2 * scale);
            y = Math.scalb(y, -2 * scale);
        }
        double d = StrictMath.hypot(x, y);
        double r, s;
        if (x > 0) {
            r = Math.sqrt(0.5 * (d + x));
            if (scale == 1 && Math.abs(y) < 1) {
                s = y / r;
                r = Math.scalb(r, scale);
                scale = 0;
            } else {
                s = 0.5 * (y / r);
            }
        } else {
            s = Math.sqrt(0.5 * (d - x));
            if (scale == 1 && Math.abs(y) < 1) {
                r = Math.abs(y / s);
                s = Math.scalb(s, scale);
                scale = 0;
            } else {
                r = Math.abs(0.5 * (y / s));
            }
        }
        if (scale != 0) {
            r = Math.scalb(r, scale);
            s = Math.scalb(s, scale);
        }
        return z(r, Math.copySign(s, y));
    }

    static double[] cexp(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double sin = sinOf(y), cos = cosOf(y);
            if (x > EXP_LIMIT) {
                double expLimit = StrictMath.exp(EXP_LIMIT);
                x -= EXP_LIMIT;
                sin *= expLimit;
                cos *= expLimit;
                if (x > EXP_LIMIT) {
                    x -= EXP_LIMIT;
                    sin *= expLimit;
                    cos *= expLimit;
                }
            }
            if (x > EXP_LIMIT) {
                return z(Double.MAX_VALUE * cos, Double.MAX_VALUE * sin);
            }
            double e = RoundedOnce.exp(x);
            return z(e * cos, e * sin);
        }
        if (Double.isInfinite(x)) {
            if (Double.isFinite(y)) {
                double value = x > 0 ? Double.POSITIVE_INFINITY : 0.0;
                if (y == 0) {
                    return z(value, y);
                }
                return z(Math.copySign(value, cosOf(y)), Math.copySign(value, sinOf(y)));
            }
            if (x > 0) {
                return z(Double.POSITIVE_INFINITY, y - y);
            }
            return z(0.0, Math.copySign(0.0, y));
        }
        if (Double.isNaN(x) && y == 0) {
            return z(x, y);
        }
        return nan(x, y);
    }

    private static double[] nan(double x, double y) {
        double n = Double.isNaN(x) ? x : Double.isNaN(y) ? y : Double.NaN; // glibc returns nan("") here
        return z(n, n);
    }

    static double[] clog(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            double im = x - x + (y - y);
            return z(Double.isInfinite(x) || Double.isInfinite(y) ? Double.POSITIVE_INFINITY : im, im);
        }
        double im = StrictMath.atan2(y, x);
        if (x == 0 && y == 0) {
            return z(-1.0 / Math.abs(x), im); // -inf, raising divide-by-zero
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return z(Double.POSITIVE_INFINITY, im);
        }
        double big = Math.max(Math.abs(x), Math.abs(y));
        double small = Math.min(Math.abs(x), Math.abs(y));
        double re;
        if (big >= 0.5 && big < 2 && small < 1 && big * big + small * small >= 0.5) {
            // |z| near 1: log(|z|) = log1p(|z|^2 - 1) / 2 with |z|^2 - 1 formed exactly
            re = StrictMath.log1p(squaresMinusOne(big, small)) / 2;
        } else {
            re = StrictMath.log(StrictMath.hypot(x, y));
            if (Double.isInfinite(re) || re == 0 && big != 1) {
                // hypot over- or underflowed: scale into range first
                int e = Math.getExponent(big);
                re = StrictMath.log(StrictMath.hypot(Math.scalb(x, -e), Math.scalb(y, -e))) + e * Math.log(2);
            }
        }
        return z(re, im);
    }

    @TruffleBoundary
    private static double squaresMinusOne(double a, double b) {
        BigDecimal x = new BigDecimal(a), y = new BigDecimal(b);
        return x.multiply(x).add(y.multiply(y)).subtract(BigDecimal.ONE).doubleValue();
    }

    static double[] cpow(double x, double y, double u, double v) {
        double[] l = clog(x, y);
        double[] p = ComplexArithmetic.multiply(u, v, l[0], l[1]);
        return cexp(p[0], p[1]);
    }

    static double[] csinh(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double sin = sinOf(y), cos = cosOf(y);
            if (Math.abs(x) > EXP_LIMIT) {
                double expHalf = StrictMath.exp(EXP_LIMIT) / 2;
                double rx = Math.abs(x) - EXP_LIMIT;
                if (x < 0) {
                    cos = -cos;
                }
                sin *= expHalf;
                cos *= expHalf;
                if (rx > EXP_LIMIT) {
                    rx -= EXP_LIMIT;
                    sin *= expHalf * 2;
                    cos *= expHalf * 2;
                }
                if (rx > EXP_LIMIT) {
                    return z(Double.MAX_VALUE * cos, Double.MAX_VALUE * sin);
                }
                double e = StrictMath.exp(rx);
                return z(e * cos, e * sin);
            }
            return z(StrictMath.sinh(x) * cos, StrictMath.cosh(x) * sin);
        }
        if (x == 0) {
            return z(x, y - y);
        }
        if (Double.isInfinite(x)) {
            if (y == 0) {
                return z(x, y);
            }
            if (Double.isFinite(y)) {
                return z(Math.copySign(Double.POSITIVE_INFINITY, cosOf(y)) * Math.signum(x), Math.copySign(Double.POSITIVE_INFINITY, sinOf(y)));
            }
            return z(x, y - y);
        }
        if (Double.isNaN(x) && y == 0) {
            return z(x, y);
        }
        return nan(x, y);
    }

    static double[] ccosh(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double sin = sinOf(y), cos = cosOf(y);
            if (Math.abs(x) > EXP_LIMIT) {
                double expHalf = StrictMath.exp(EXP_LIMIT) / 2;
                double rx = Math.abs(x) - EXP_LIMIT;
                if (x < 0) {
                    sin = -sin;
                }
                sin *= expHalf;
                cos *= expHalf;
                if (rx > EXP_LIMIT) {
                    rx -= EXP_LIMIT;
                    sin *= expHalf * 2;
                    cos *= expHalf * 2;
                }
                if (rx > EXP_LIMIT) {
                    return z(Double.MAX_VALUE * cos, Double.MAX_VALUE * sin);
                }
                double e = StrictMath.exp(rx);
                return z(e * cos, e * sin);
            }
            return z(StrictMath.cosh(x) * cos, StrictMath.sinh(x) * sin);
        }
        if (x == 0) {
            return z(y - y, 0.0);
        }
        if (Double.isInfinite(x)) {
            if (y == 0) {
                return z(Double.POSITIVE_INFINITY, y * Math.copySign(1.0, x));
            }
            if (Double.isFinite(y)) {
                return z(Math.copySign(Double.POSITIVE_INFINITY, cosOf(y)), Math.copySign(Double.POSITIVE_INFINITY, sinOf(y)) * Math.copySign(1.0, x));
            }
            return z(Double.POSITIVE_INFINITY, y - y);
        }
        if (Double.isNaN(x) && y == 0) {
            return z(x, 0.0);
        }
        if (Double.isFinite(x)) {
            return z(y - y, Double.NaN); // glibc: the real part is the imaginary part's own NaN
        }
        return nan(x, y);
    }

    static double[] ctanh(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x)) {
                double im = Double.isFinite(y) && Math.abs(y) > 1 ? Math.copySign(0.0, sinOf(y) * cosOf(y)) : Math.copySign(0.0, y);
                return z(Math.copySign(1.0, x), im);
            }
            if (y == 0) {
                return z(x, y);
            }
            return nan(x, y);
        }
        double sin = sinOf(y), cos = cosOf(y);
        if (Math.abs(x) > TANH_LIMIT) {
            // tanh is +-1 to double precision; only the imaginary part's size is left
            double exp2t = StrictMath.exp(2 * TANH_LIMIT);
            double im = 4 * sin * cos;
            double rx = Math.abs(x) - TANH_LIMIT;
            im /= exp2t;
            im /= rx > TANH_LIMIT ? exp2t : StrictMath.exp(2 * rx);
            return z(Math.copySign(1.0, x), im);
        }
        double sinh = StrictMath.sinh(x), cosh = StrictMath.cosh(x);
        double den = Math.abs(sinh) > Math.abs(cos) * Math.ulp(1.0) ? sinh * sinh + cos * cos : cos * cos;
        return z(sinh * cosh / den, sin * cos / den);
    }

    /** f(z) = -i g(iz) for csin/ctan in terms of csinh/ctanh; ccos(z) = ccosh(iz). */
    private static double[] rotated(BiFunction<Double, Double, double[]> hyperbolic, double x, double y, boolean timesMinusI) {
        double[] r = hyperbolic.apply(-y, x);
        // glibc computes these directly: a NaN part keeps its sign instead of being negated
        return timesMinusI ? z(r[1], Double.isNaN(r[0]) ? r[0] : -r[0]) : r;
    }

    static double[] csin(double x, double y) {
        return rotated(ComplexFunctions::csinh, x, y, true);
    }

    static double[] ccos(double x, double y) {
        return rotated(ComplexFunctions::ccosh, x, y, false);
    }

    static double[] ctan(double x, double y) {
        return rotated(ComplexFunctions::ctanh, x, y, true);
    }

    static double[] cproj(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return z(Double.POSITIVE_INFINITY, Math.copySign(0.0, y));
        }
        return z(x, y);
    }

    // ---- calling conventions ----

    /** A float _Complex argument: one <2 x float> vector. */
    private static float[] fz(Object[] a, int i) {
        if (i < a.length && a[i] instanceof float[] v && v.length >= 2) {
            return v;
        }
        if (i < a.length && a[i] instanceof double[] v && v.length >= 2) {
            return new float[]{(float) v[0], (float) v[1]};
        }
        return new float[2];
    }

    private static Object[] pair(double[] r) {
        return new Object[]{r[0], r[1]};
    }

    private static float[] floatPair(double[] r) {
        return new float[]{(float) r[0], (float) r[1]};
    }

    private interface Unary {
        double[] apply(double x, double y);
    }

    private static void unary(Map<String, Builtin> m, String name, Unary f) {
        m.put(name, (a, loc) -> pair(f.apply(Args.d(a, 0), Args.d(a, 1))));
        m.put(name + "f", (a, loc) -> {
            float[] v = fz(a, 0);
            return floatPair(f.apply(v[0], v[1]));
        });
    }

    static void register(Map<String, Builtin> m) {
        unary(m, "csqrt", ComplexFunctions::csqrt);
        unary(m, "cexp", ComplexFunctions::cexp);
        unary(m, "clog", ComplexFunctions::clog);
        unary(m, "csin", ComplexFunctions::csin);
        unary(m, "ccos", ComplexFunctions::ccos);
        unary(m, "ctan", ComplexFunctions::ctan);
        unary(m, "csinh", ComplexFunctions::csinh);
        unary(m, "ccosh", ComplexFunctions::ccosh);
        unary(m, "ctanh", ComplexFunctions::ctanh);
        unary(m, "cproj", ComplexFunctions::cproj);
        unary(m, "conj", (x, y) -> z(x, -y));
        m.put("cpow", (a, loc) -> pair(cpow(Args.d(a, 0), Args.d(a, 1), Args.d(a, 2), Args.d(a, 3))));
        m.put("cpowf", (a, loc) -> {
            float[] u = fz(a, 0), v = fz(a, 1);
            return floatPair(cpow(u[0], u[1], v[0], v[1]));
        });
        m.put("cabs", (a, loc) -> cabs(Args.d(a, 0), Args.d(a, 1)));
        m.put("carg", (a, loc) -> carg(Args.d(a, 0), Args.d(a, 1)));
        m.put("creal", (a, loc) -> Args.d(a, 0));
        m.put("cimag", (a, loc) -> Args.d(a, 1));
        m.put("cabsf", (a, loc) -> {
            float[] v = fz(a, 0);
            return (float) cabs(v[0], v[1]);
        });
        m.put("cargf", (a, loc) -> {
            float[] v = fz(a, 0);
            return (float) carg(v[0], v[1]);
        });
        m.put("crealf", (a, loc) -> fz(a, 0)[0]);
        m.put("cimagf", (a, loc) -> fz(a, 0)[1]);
    }
}
