package dev.dsu.language.libc;

import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import dev.dsu.nodes.fp80.Fp80ErrorGamma;
import dev.dsu.nodes.fp80.Fp80Exponential;
import dev.dsu.nodes.fp80.Fp80Power;
import dev.dsu.nodes.fp80.Fp80Trigonometric;
import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/**
 * The long double transcendental functions (sinl, expl, powl, ...) computed to the full
 * 64-bit precision and correctly rounded, where glibc uses x87 algorithms accurate to an
 * ulp: the results agree with native ones in all printed digits. errno as glibc sets it:
 * EDOM for a NaN from non-NaN arguments, ERANGE for an infinity from finite ones (overflow
 * or a pole) and for results that underflow to zero.
 */
final class ExtendedMath {
    private final Heap heap;
    private final Errno errno;
    /** Where lgammal stores the sign of Gamma. */
    private final long signgam;

    ExtendedMath(Heap heap, Errno errno, long signgam) {
        this.heap = heap;
        this.errno = errno;
        this.signgam = signgam;
    }

    private void check(LongDouble r, boolean canUnderflow, LongDouble... args) {
        boolean anyNaN = false;
        boolean allFinite = true;
        boolean anyZero = false;
        for (LongDouble a : args) {
            anyNaN |= a.isNaN();
            allFinite &= a.isFinite();
            anyZero |= a.isZero();
        }
        if (r.isNaN() && !anyNaN) {
            errno.set(Errno.EDOM);
        } else if (r.isInfinite() && allFinite) {
            errno.set(Errno.ERANGE);
        } else if (canUnderflow && r.isZero() && allFinite && !anyZero) {
            errno.set(Errno.ERANGE);
        }
    }

    private void unary(Map<String, Builtin> m, String name, boolean canUnderflow, UnaryOperator<LongDouble> f) {
        m.put(name, (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            LongDouble r = f.apply(x);
            check(r, canUnderflow, x);
            return r;
        });
    }

    private void binary(Map<String, Builtin> m, String name, boolean canUnderflow, BinaryOperator<LongDouble> f) {
        m.put(name, (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            LongDouble y = Fp80.arg(a, 1);
            LongDouble r = f.apply(x, y);
            check(r, canUnderflow, x, y);
            return r;
        });
    }

    void register(Map<String, Builtin> m) {
        unary(m, "sinl", false, Fp80Trigonometric::sin);
        unary(m, "cosl", false, Fp80Trigonometric::cos);
        unary(m, "tanl", false, Fp80Trigonometric::tan);
        unary(m, "asinl", false, Fp80Trigonometric::asin);
        unary(m, "acosl", false, Fp80Trigonometric::acos);
        unary(m, "atanl", false, Fp80Trigonometric::atan);
        binary(m, "atan2l", false, Fp80Trigonometric::atan2);
        unary(m, "sinhl", false, Fp80Exponential::sinh);
        unary(m, "coshl", false, Fp80Exponential::cosh);
        unary(m, "tanhl", false, Fp80Exponential::tanh);
        unary(m, "asinhl", false, Fp80Exponential::asinh);
        unary(m, "acoshl", false, Fp80Exponential::acosh);
        unary(m, "atanhl", false, Fp80Exponential::atanh);
        unary(m, "expl", true, Fp80Exponential::exp);
        unary(m, "exp2l", true, Fp80Exponential::exp2);
        unary(m, "exp10l", true, Fp80Exponential::exp10);
        unary(m, "expm1l", false, Fp80Exponential::expm1);
        unary(m, "logl", false, Fp80Exponential::log);
        unary(m, "log2l", false, Fp80Exponential::log2);
        unary(m, "log10l", false, Fp80Exponential::log10);
        unary(m, "log1pl", false, Fp80Exponential::log1p);
        binary(m, "powl", true, Fp80Power::pow);
        unary(m, "cbrtl", false, Fp80Exponential::cbrt);
        binary(m, "hypotl", false, Fp80Power::hypot);
        unary(m, "erfl", false, Fp80ErrorGamma::erf);
        unary(m, "erfcl", true, Fp80ErrorGamma::erfc);
        unary(m, "tgammal", true, Fp80ErrorGamma::tgamma);
        m.put("lgammal", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            Fp80ErrorGamma.SignedLog r = Fp80ErrorGamma.lgamma(x);
            heap.putI32(signgam, r.sign(), loc);
            check(r.value(), false, x);
            return r.value();
        });
        m.put("gammal", m.get("lgammal"));
        m.put("lgammal_r", (a, loc) -> {
            LongDouble x = Fp80.arg(a, 0);
            Fp80ErrorGamma.SignedLog r = Fp80ErrorGamma.lgamma(x);
            heap.putI32(Args.l(a, 1), r.sign(), loc);
            check(r.value(), false, x);
            return r.value();
        });
    }
}
