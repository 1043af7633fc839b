package dev.dsu.language.libc;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** math.h for double and float (f suffix); the long double (l) variants registered here are replaced by exact ones (ExtendedMath, LongDoubleMath). */
final class MathFunctions {
    private final Heap heap;
    private final Errno errno;
    final long signgam;

    MathFunctions(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
        this.signgam = heap.allocate(4, MemoryObject.Kind.GLOBAL, "signgam");
    }

    /** Registers the double function and its f and l variants; the f variant rounds through float. */
    private static void unary(Map<String, Builtin> m, String name, DoubleUnaryOperator op) {
        m.put(name, (a, loc) -> op.applyAsDouble(Args.d(a, 0)));
        m.put(name + "l", (a, loc) -> op.applyAsDouble(Args.d(a, 0)));
        m.put(name + "f", (a, loc) -> (float) op.applyAsDouble(Args.d(a, 0)));
    }

    private static void binary(Map<String, Builtin> m, String name, DoubleBinaryOperator op) {
        m.put(name, (a, loc) -> op.applyAsDouble(Args.d(a, 0), Args.d(a, 1)));
        m.put(name + "l", (a, loc) -> op.applyAsDouble(Args.d(a, 0), Args.d(a, 1)));
        m.put(name + "f", (a, loc) -> (float) op.applyAsDouble(Args.d(a, 0), Args.d(a, 1)));
    }

    /** Sets errno like glibc: EDOM for a NaN from non-NaN input, ERANGE for overflow. */
    private DoubleUnaryOperator checked(DoubleUnaryOperator op) {
        return x -> {
            double r = op.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                errno.set(Errno.EDOM);
            } else if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                errno.set(x == 0 || x == -1 ? Errno.ERANGE : Errno.ERANGE);
            }
            return r;
        };
    }

    static double roundHalfAway(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double t = Math.floor(a);
        // a - floor(a) is exact, unlike a + 0.5 (which rounds 0.49999999999999994 up)
        if (a - t >= 0.5) {
            t += 1;
        }
        return Math.copySign(t, x);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 2.5) {
            // Maclaurin series: erf x = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
            double sum = 0;
            double term = ax;
            for (int n = 0; n < 200; n++) {
                double t = term / (2 * n + 1);
                sum += t;
                if (Math.abs(t) < 1e-17 * Math.abs(sum)) {
                    break;
                }
                term = -term * ax * ax / (n + 1);
            }
            return Math.copySign(sum * 2 / Math.sqrt(Math.PI), x);
        }
        return Math.copySign(1 - erfcLarge(ax), x);
    }

    /** erfc for x >= 2.5 via the continued fraction of the complementary error function. */
    private static double erfcLarge(double x) {
        if (x > 27) {
            return 0;
        }
        double f = 0;
        for (int n = 60; n >= 1; n--) {
            f = n / 2.0 / (x + f);
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= 2.5) {
            return erfcLarge(x);
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 0.5) {
            return 1 - erf(x);
        }
        // continued fraction converges slowly here; integrate the series with extra care
        return 1 - erf(x);
    }


    static double tgamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x < 0 && (x == Math.floor(x) || x == Double.NEGATIVE_INFINITY)) {
            return Double.NaN;
        }
        if (x == Math.floor(x) && x <= 171) {
            double r = 1;
            for (int k = 2; k < x; k++) {
                r *= k;
            }
            return r;
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * tgamma(1 - x));
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(lgammaPositive(x));
    }

    /** log Gamma for x > 0: shift the argument above 15, then Stirling's series. */
    private static double lgammaPositive(double x) {
        double shift = 0;
        double prod = 1;
        while (x < 15) {
            prod *= x;
            x += 1;
            if (prod > 1e250) {
                shift += Math.log(prod);
                prod = 1;
            }
        }
        shift += Math.log(prod);
        double z = 1 / (x * x);
        double series = (1.0 / 12 - z * (1.0 / 360 - z * (1.0 / 1260 - z * (1.0 / 1680 - z * (1.0 / 1188 - z * (691.0 / 360360 - z / 156)))))) / x;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
    }

    double lgamma(double x) {
        int sign = 1;
        double r;
        if (Double.isNaN(x)) {
            r = x;
        } else if (Double.isInfinite(x)) {
            r = Double.POSITIVE_INFINITY;
        } else if (x <= 0 && x == Math.floor(x)) {
            r = Double.POSITIVE_INFINITY;
            errno.set(Errno.ERANGE);
            sign = Double.doubleToRawLongBits(x) < 0 ? -1 : 1;
        } else if (x == 1 || x == 2) {
            r = 0;
        } else if (x < 0.5) {
            double s = Math.sin(Math.PI * x);
            sign = s < 0 ? -1 : 1;
            r = Math.log(Math.PI / Math.abs(s)) - lgammaPositive(1 - x);
        } else {
            r = lgammaPositive(x);
        }
        heap.putI32(signgam, sign, null);
        return r;
    }

    void register(Map<String, Builtin> m) {
        unary(m, "sin", StrictMath::sin);
        unary(m, "cos", StrictMath::cos);
        unary(m, "tan", StrictMath::tan);
        unary(m, "asin", checked(StrictMath::asin));
        unary(m, "acos", checked(StrictMath::acos));
        unary(m, "atan", StrictMath::atan);
        binary(m, "atan2", StrictMath::atan2);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "asinh", x -> Double.isInfinite(x) || x == 0 ? x : Math.copySign(StrictMath.log(Math.abs(x) + Math.sqrt(x * x + 1)), x));
        unary(m, "acosh", checked(x -> x < 1 ? Double.NaN : StrictMath.log(x + Math.sqrt(x * x - 1))));
        unary(m, "atanh", checked(x -> Math.abs(x) > 1 ? Double.NaN : x == 0 ? x : 0.5 * StrictMath.log1p(2 * x / (1 - x))));
        unary(m, "exp", checked(StrictMath::exp));
        unary(m, "exp2", checked(x -> StrictMath.pow(2, x)));
        unary(m, "exp10", checked(x -> StrictMath.pow(10, x)));
        unary(m, "expm1", checked(StrictMath::expm1));
        unary(m, "log", checked(StrictMath::log));
        unary(m, "log2", checked(x -> {
            if (x > 0 && !Double.isInfinite(x) && (Double.doubleToRawLongBits(x) & 0xfffffffffffffL) == 0 && x >= Double.MIN_NORMAL) {
                return Math.getExponent(x);
            }
            return StrictMath.log(x) / StrictMath.log(2);
        }));
        unary(m, "log10", checked(StrictMath::log10));
        unary(m, "log1p", checked(StrictMath::log1p));
        unary(m, "logb", x -> x == 0 ? Double.NEGATIVE_INFINITY : Double.isInfinite(x) ? Double.POSITIVE_INFINITY : exponentOf(x));
        binary(m, "pow", (x, y) -> {
            double r = StrictMath.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                errno.set(Errno.EDOM);
            } else if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                errno.set(Errno.ERANGE);
            }
            return r;
        });
        unary(m, "sqrt", checked(Math::sqrt));
        unary(m, "cbrt", StrictMath::cbrt);
        binary(m, "hypot", StrictMath::hypot);
        unary(m, "fabs", Math::abs);
        unary(m, "floor", Math::floor);
        unary(m, "ceil", Math::ceil);
        unary(m, "round", MathFunctions::roundHalfAway);
        unary(m, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        unary(m, "rint", Math::rint);
        unary(m, "nearbyint", Math::rint);
        unary(m, "significand", x -> x == 0 || Double.isInfinite(x) || Double.isNaN(x) ? x : Math.scalb(x, -Math.getExponent(x)));
        for (String s : new String[]{"", "f", "l"}) {
            m.put("lround" + s, (a, loc) -> (long) roundHalfAway(Args.d(a, 0)));
            m.put("llround" + s, (a, loc) -> (long) roundHalfAway(Args.d(a, 0)));
            m.put("lrint" + s, (a, loc) -> (long) Math.rint(Args.d(a, 0)));
            m.put("llrint" + s, (a, loc) -> (long) Math.rint(Args.d(a, 0)));
            m.put("ilogb" + s, (a, loc) -> {
                double x = Args.d(a, 0);
                return x == 0 ? (long) Integer.MIN_VALUE : Double.isNaN(x) ? (long) Integer.MIN_VALUE : Double.isInfinite(x) ? (long) Integer.MAX_VALUE : (long) exponentOf(x);
            });
        }
        binary(m, "fmod", (x, y) -> {
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x)) {
                errno.set(Errno.EDOM);
                return Double.NaN;
            }
            return x % y;
        });
        binary(m, "remainder", Math::IEEEremainder);
        binary(m, "drem", Math::IEEEremainder);
        binary(m, "fmin", (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y));
        binary(m, "fmax", (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y));
        binary(m, "fdim", (x, y) -> Double.isNaN(x) || Double.isNaN(y) ? x + y : x > y ? x - y : 0.0);
        binary(m, "copysign", Math::copySign);
        binary(m, "nextafter", Math::nextAfter);
        binary(m, "nexttoward", Math::nextAfter);
        m.put("nextafterf", (a, loc) -> Math.nextAfter(Args.f(a, 0), Args.d(a, 1)));
        m.put("nexttowardf", m.get("nextafterf"));
        m.put("fma", (a, loc) -> Math.fma(Args.d(a, 0), Args.d(a, 1), Args.d(a, 2)));
        m.put("fmal", m.get("fma"));
        m.put("fmaf", (a, loc) -> Math.fma(Args.f(a, 0), Args.f(a, 1), Args.f(a, 2)));
        for (String s : new String[]{"", "l"}) {
            m.put("ldexp" + s, (a, loc) -> Math.scalb(Args.d(a, 0), Args.i(a, 1)));
            m.put("scalbn" + s, m.get("ldexp" + s));
            m.put("scalbln" + s, (a, loc) -> Math.scalb(Args.d(a, 0), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Args.l(a, 1)))));
            m.put("frexp" + s, (a, loc) -> frexp(Args.d(a, 0), Args.l(a, 1), loc));
            m.put("modf" + s, (a, loc) -> {
                double x = Args.d(a, 0);
                double ip = Double.isInfinite(x) ? x : x < 0 ? Math.ceil(x) : Math.floor(x);
                heap.putDouble(Args.l(a, 1), ip, loc);
                return Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - ip, x);
            });
            m.put("nan" + s, (a, loc) -> Double.NaN);
        }
        m.put("ldexpf", (a, loc) -> (float) Math.scalb(Args.d(a, 0), Args.i(a, 1)));
        m.put("scalbnf", m.get("ldexpf"));
        m.put("frexpf", (a, loc) -> (float) frexp(Args.d(a, 0), Args.l(a, 1), loc));
        m.put("modff", (a, loc) -> {
            float x = Args.f(a, 0);
            float ip = Float.isInfinite(x) ? x : x < 0 ? (float) Math.ceil(x) : (float) Math.floor(x);
            heap.putFloat(Args.l(a, 1), ip, loc);
            return Float.isInfinite(x) ? Math.copySign(0.0f, x) : Math.copySign(x - ip, x);
        });
        m.put("nanf", (a, loc) -> Float.NaN);
        unary(m, "erf", MathFunctions::erf);
        unary(m, "erfc", MathFunctions::erfc);
        unary(m, "tgamma", checked(MathFunctions::tgamma));
        unary(m, "lgamma", this::lgamma);
        unary(m, "gamma", this::lgamma);
        m.put("lgamma_r", (a, loc) -> {
            double r = lgamma(Args.d(a, 0));
            heap.putI32(Args.l(a, 1), heap.getI32(signgam, loc), loc);
            return r;
        });

        // classification helpers that glibc's macros may call
        for (String s : new String[]{"", "f", "l"}) {
            m.put("__isnan" + s, (a, loc) -> Double.isNaN(Args.d(a, 0)) ? 1L : 0L);
            m.put("isnan" + s, m.get("__isnan" + s));
            m.put("__isinf" + s, (a, loc) -> {
                double x = Args.d(a, 0);
                return Double.isInfinite(x) ? (x > 0 ? 1L : -1L) : 0L;
            });
            m.put("isinf" + s, m.get("__isinf" + s));
            m.put("__finite" + s, (a, loc) -> Double.isFinite(Args.d(a, 0)) ? 1L : 0L);
            m.put("finite" + s, m.get("__finite" + s));
            m.put("__signbit" + s, (a, loc) -> Double.doubleToRawLongBits(Args.d(a, 0)) < 0 ? 1L : 0L);
            m.put("__fpclassify" + s, (a, loc) -> {
                double x = Args.d(a, 0);
                if (s.equals("f")) {
                    float f = (float) x;
                    return (long) (Float.isNaN(f) ? 0 : Float.isInfinite(f) ? 1 : f == 0 ? 2 : Math.abs(f) < Float.MIN_NORMAL ? 3 : 4);
                }
                return (long) (Double.isNaN(x) ? 0 : Double.isInfinite(x) ? 1 : x == 0 ? 2 : Math.abs(x) < Double.MIN_NORMAL ? 3 : 4);
            });
        }
        m.put("__signbitf", (a, loc) -> Float.floatToRawIntBits(Args.f(a, 0)) < 0 ? 1L : 0L);
        // the transcendental l variants in full long double precision, replacing the double ones above
        new ExtendedMath(heap, errno, signgam).register(m);
    }

    private double frexp(double x, long expPtr, com.oracle.truffle.api.nodes.Node loc) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            heap.putI32(expPtr, 0, loc);
            return x;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            // subnormal: normalise first
            x *= 0x1p54;
            int e2 = Math.getExponent(x) + 1;
            heap.putI32(expPtr, e2 - 54, loc);
            return Math.scalb(x, -e2);
        }
        heap.putI32(expPtr, e + 1, loc);
        return Math.scalb(x, -(e + 1));
    }

    /** The unbiased exponent, also for subnormals (Math.getExponent answers -1023 for all of them). */
    static int exponentOf(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return Double.MIN_EXPONENT - 1 - Long.numberOfLeadingZeros(Double.doubleToRawLongBits(Math.abs(x))) + 12;
        }
        return e;
    }
}
