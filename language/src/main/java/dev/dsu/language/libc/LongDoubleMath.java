package dev.dsu.language.libc;

import java.util.Map;
import java.util.function.UnaryOperator;

import dev.dsu.nodes.fp80.Fp80Arithmetic;
import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/**
 * The math.h long double (l suffix) functions whose result is exactly defined, computed in
 * long double precision. The others (sinl, expl, ...) stay in MathFunctions, in double.
 */
final class LongDoubleMath {
    private final Heap heap;
    private final Errno errno;

    LongDoubleMath(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    private static void unary(Map<String, Builtin> m, String name, UnaryOperator<LongDouble> op) {
        m.put(name, (a, loc) -> op.apply(Fp80.arg(a, 0)));
    }

    private static LongDouble integral(LongDouble x, Fp80Arithmetic.Integral mode) {
        return Fp80Arithmetic.toIntegral(x, mode);
    }

    void register(Map<String, Builtin> m) {
        unary(m, "sqrtl", x -> {
            if (x.isNegative() && !x.isZero() && !x.isNaN()) {
                errno.set(Errno.EDOM);
            }
            return Fp80Arithmetic.sqrt(x);
        });
        unary(m, "fabsl", LongDouble::abs);
        unary(m, "floorl", x -> integral(x, Fp80Arithmetic.Integral.FLOOR));
        unary(m, "ceill", x -> integral(x, Fp80Arithmetic.Integral.CEIL));
        unary(m, "truncl", x -> integral(x, Fp80Arithmetic.Integral.TRUNC));
        unary(m, "roundl", x -> integral(x, Fp80Arithmetic.Integral.ROUND_HALF_AWAY));
        unary(m, "rintl", x -> integral(x, Fp80Arithmetic.Integral.ROUND_HALF_EVEN));
        unary(m, "nearbyintl", x -> integral(x, Fp80Arithmetic.Integral.ROUND_HALF_EVEN));
        m.put("lroundl", (a, loc) -> integral(Fp80.arg(a, 0), Fp80Arithmetic.Integral.ROUND_HALF_AWAY).toSignedInteger(64));
        m.put("llroundl", m.get("lroundl"));
        m.put("lrintl", (a, loc) -> integral(Fp80.arg(a, 0), Fp80Arithmetic.Integral.ROUND_HALF_EVEN).toSignedInteger(64));
        m.put("llrintl", m.get("lrintl"));
        m.put("copysignl", (a, loc) -> Fp80.arg(a, 0).withSignOf(Fp80.arg(a, 1)));
        m.put("fmodl", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            LongDouble y = Fp80.arg(a, 1);
            if (y.isZero() && !x.isNaN() || x.isInfinite()) {
                errno.set(Errno.EDOM);
            }
            return Fp80Arithmetic.remainder(x, y);
        });
        m.put("fminl", (a, loc) -> minMax(Fp80.arg(a, 0), Fp80.arg(a, 1), 4));
        m.put("fmaxl", (a, loc) -> minMax(Fp80.arg(a, 0), Fp80.arg(a, 1), 2));
        m.put("fmal", (a, loc) -> Fp80Arithmetic.fusedMultiplyAdd(Fp80.arg(a, 0), Fp80.arg(a, 1), Fp80.arg(a, 2)));
        m.put("modfl", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            LongDouble ip = integral(x, Fp80Arithmetic.Integral.TRUNC);
            Fp80.store(heap, Args.l(a, 1), ip, loc);
            if (x.isInfinite()) {
                return LongDouble.ZERO.withSignOf(x);
            }
            return Fp80Arithmetic.subtract(x, ip).withSignOf(x);
        });
        m.put("ldexpl", (a, loc) -> scale(Fp80.arg(a, 0), Args.l(a, 1)));
        m.put("scalbnl", m.get("ldexpl"));
        m.put("scalblnl", m.get("ldexpl"));
        m.put("frexpl", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            if (x.isZero() || !x.isFinite()) {
                heap.putI32(Args.l(a, 1), 0, loc);
                return x;
            }
            // normalise (subnormals too): the mantissa's top bit at 63, then x = 0.m * 2^e
            int shift = Long.numberOfLeadingZeros(x.mantissa);
            int e = x.lsbExponent() + 64 - shift;
            heap.putI32(Args.l(a, 1), e, loc);
            return new LongDouble(x.mantissa << shift, (x.signExp & 0x8000) | (LongDouble.BIAS - 1));
        });
        m.put("nanl", (a, loc) -> new LongDouble(0xC000000000000000L, LongDouble.MAX_EXP));

        // classification helpers glibc's macros call for long double
        m.put("__isnanl", (a, loc) -> Fp80.arg(a, 0).isNaN() ? 1L : 0L);
        m.put("isnanl", m.get("__isnanl"));
        m.put("__isinfl", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            return x.isInfinite() ? (x.isNegative() ? -1L : 1L) : 0L;
        });
        m.put("isinfl", m.get("__isinfl"));
        m.put("__finitel", (a, loc) -> Fp80.arg(a, 0).isFinite() ? 1L : 0L);
        m.put("finitel", m.get("__finitel"));
        m.put("__signbitl", (a, loc) -> Fp80.arg(a, 0).isNegative() ? 1L : 0L);
        m.put("__fpclassifyl", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            // FP_NAN 0, FP_INFINITE 1, FP_ZERO 2, FP_SUBNORMAL 3, FP_NORMAL 4
            return (long) (x.isNaN() ? 0 : x.isInfinite() ? 1 : x.isZero() ? 2 : x.biasedExponent() == 0 ? 3 : 4);
        });
    }

    private static LongDouble minMax(LongDouble x, LongDouble y, int predicate) {
        if (x.isNaN()) {
            return y;
        } else if (y.isNaN()) {
            return x;
        }
        return LongDouble.compare(predicate, y, x) ? y : x;
    }

    /** x * 2^n, exact unless it overflows or underflows. */
    private static LongDouble scale(LongDouble x, long n) {
        if (x.isZero() || !x.isFinite()) {
            return x;
        }
        long clamped = Math.max(-40000, Math.min(40000, n));
        // multiply by powers of two that are themselves long doubles, rounding only at the end
        LongDouble r = x;
        while (clamped != 0) {
            int step = (int) Math.max(-16000, Math.min(16000, clamped));
            r = Fp80Arithmetic.multiply(r, new LongDouble(0x8000000000000000L, LongDouble.BIAS + step));
            clamped -= step;
        }
        return r;
    }
}
