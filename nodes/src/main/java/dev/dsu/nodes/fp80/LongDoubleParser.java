package dev.dsu.nodes.fp80;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Converts a number's text to the nearest long double, rounding once from the exact value
 * as glibc's strtold does. Accepts the normalised forms "[-]digits.digits[e[-]exp]" and
 * "[-]0xhex.hexp[-]exp" (the C library normalises what it reads to these).
 */
public final class LongDoubleParser {
    /** Decimal exponents beyond these are certainly infinite / below half the smallest subnormal. */
    private static final int MAX_DECIMAL_EXP = 4933;
    private static final int MIN_DECIMAL_EXP = -4952;

    private LongDoubleParser() {
    }

    @TruffleBoundary
    public static LongDouble parse(String text) {
        boolean negative = text.startsWith("-");
        String t = negative || text.startsWith("+") ? text.substring(1) : text;
        LongDouble v = t.regionMatches(true, 0, "0x", 0, 2) ? hex(t.substring(2)) : decimal(t);
        return negative ? v.negate() : v;
    }

    private static LongDouble decimal(String t) {
        BigDecimal d = new BigDecimal(t);
        BigInteger unscaled = d.unscaledValue();
        if (unscaled.signum() == 0) {
            return LongDouble.ZERO;
        }
        long adjusted = (long) d.precision() - d.scale() - 1;
        if (adjusted > MAX_DECIMAL_EXP) {
            return LongDouble.INFINITY;
        } else if (adjusted < MIN_DECIMAL_EXP) {
            return LongDouble.ZERO;
        }
        int scale = d.scale();
        if (scale <= 0) {
            return Fp80Rounding.round(false, unscaled.multiply(BigInteger.TEN.pow(-scale)), 0, false);
        }
        BigInteger divisor = BigInteger.TEN.pow(scale);
        // enough quotient bits for 64 kept + guard; the remainder is the sticky bit
        int k = Math.max(0, 67 + divisor.bitLength() - unscaled.bitLength());
        BigInteger[] qr = unscaled.shiftLeft(k).divideAndRemainder(divisor);
        return Fp80Rounding.round(false, qr[0], -k, qr[1].signum() != 0);
    }

    private static LongDouble hex(String t) {
        int p = t.toLowerCase().indexOf('p');
        String digits = p >= 0 ? t.substring(0, p) : t;
        long exp = p >= 0 ? Long.parseLong(t.substring(p + 1).replace("+", "")) : 0;
        int dot = digits.indexOf('.');
        String frac = dot >= 0 ? digits.substring(dot + 1) : "";
        String all = (dot >= 0 ? digits.substring(0, dot) : digits) + frac;
        BigInteger m = all.isEmpty() ? BigInteger.ZERO : new BigInteger(all, 16);
        if (m.signum() == 0) {
            return LongDouble.ZERO;
        }
        long e2 = exp - 4L * frac.length();
        long top = e2 + m.bitLength();
        if (top > 16500) {
            return LongDouble.INFINITY;
        } else if (top < -16500) {
            return LongDouble.ZERO;
        }
        return Fp80Rounding.round(false, m, (int) e2, false);
    }
}
