package dev.dsu.nodes.memory;

/**
 * Converts between x86 80-bit extended precision (long double in memory) and the double we
 * compute with. Values round to double precision: a documented limit of this runtime.
 */
public final class X87Format {
    private X87Format() {
    }

    public static double toDouble(long mantissa, int signExp) {
        boolean negative = (signExp & 0x8000) != 0;
        int exp = signExp & 0x7FFF;
        double result;
        if (exp == 0 && mantissa == 0) {
            result = 0.0;
        } else if (exp == 0x7FFF) {
            result = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            // mantissa has an explicit integer bit at 63: value = mantissa * 2^(exp - 16383 - 63)
            double m = (mantissa >>> 11) * 0x1p-52;
            if ((mantissa & 0x400) != 0) {
                // round half to even on the dropped 11 bits
                long low = mantissa & 0x7FF;
                if (low > 0x400 || (mantissa & 0x800) != 0) {
                    m += 0x1p-52;
                }
            }
            result = Math.scalb(m, exp - 16383);
        }
        return negative ? -result : result;
    }

    /** Low 8 bytes: mantissa with explicit integer bit; high 2 bytes: sign and exponent. */
    public static long mantissaOf(double d) {
        if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? 0xC000000000000000L : Double.isInfinite(d) ? 0x8000000000000000L : 0;
        }
        double a = Math.abs(d);
        int e = Math.getExponent(a);
        long bits;
        if (e < Double.MIN_EXPONENT) {
            // subnormal double: normalise
            long m = Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL;
            int shift = Long.numberOfLeadingZeros(m);
            bits = m << shift;
        } else {
            long m = (Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL) | 0x10000000000000L;
            bits = m << 11;
        }
        return bits;
    }

    public static int signExpOf(double d) {
        int sign = (Double.doubleToRawLongBits(d) < 0) ? 0x8000 : 0;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return sign | 0x7FFF;
        }
        if (d == 0) {
            return sign;
        }
        double a = Math.abs(d);
        int e = Math.getExponent(a);
        if (e < Double.MIN_EXPONENT) {
            long m = Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL;
            int shift = Long.numberOfLeadingZeros(m);
            e = Double.MIN_EXPONENT - (shift - 11);
        }
        return sign | (e + 16383);
    }
}
