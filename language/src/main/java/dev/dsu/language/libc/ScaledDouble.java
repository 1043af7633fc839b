package dev.dsu.language.libc;

/**
 * %f, %e and %g of a double in 128-bit integer arithmetic, for the common case: a double is
 * m * 2^e exactly, so m * 10^s fits in 128 bits for s <= 18 and shifting it by e gives
 * a * 10^s with its exact remainder, hence the correctly rounded digits (ties to even, as glibc
 * rounds) without BigDecimal's expansion of every bit, which made printing a double 5 times
 * slower than glibc. Returns null where the digits would not fit in a long or the scale is out
 * of range; Printf then takes the BigDecimal route, which is exact everywhere.
 */
final class ScaledDouble {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private ScaledDouble() {
    }

    /** %f's body of a non-negative finite {@code a}, or null. */
    static String fixed(double a, int precision, boolean alt) {
        if (precision >= POWERS_OF_TEN.length) {
            return null;
        }
        long r = scaled(a, precision);
        return r < 0 ? null : fixedDigits(rounded(r), precision, alt);
    }

    /** %e's body of a non-negative finite {@code a}, or null. */
    static String exponential(double a, int precision, boolean alt) {
        long[] digits = significant(a, precision + 1);
        if (digits == null) {
            return null;
        }
        return exponentialDigits(digits[0], (int) digits[1], precision, alt);
    }

    /** %g's body of a non-negative finite {@code a} without '#', or null. */
    static String general(double a, int precision) {
        int p = precision == 0 ? 1 : precision;
        long[] digits = significant(a, p);
        if (digits == null) {
            return null;
        }
        long q = digits[0];
        int x = (int) digits[1];
        String r;
        if (p > x && x >= -4) {
            // the same digits at the scale %f would round to: p - 1 - x decimals
            r = fixedDigits(q, p - 1 - x, false);
        } else {
            r = exponentialDigits(q, x, p - 1, false);
        }
        return Printf.trimTrailingZeros(r);
    }

    /**
     * The {@code count} significant digits of {@code a}, rounded, as a number of that many
     * digits, and the decimal exponent of the first: {digits, exponent}; or null.
     */
    private static long[] significant(double a, int count) {
        if (count > 18) {
            return null;
        }
        if (a == 0) {
            return new long[]{0, 0};
        }
        long low = POWERS_OF_TEN[count - 1];
        int x = (int) Math.floor(Math.log10(a));
        // log10 can be off by one near powers of ten: at most two corrections
        for (int attempt = 0; attempt < 3; attempt++) {
            int scale = count - 1 - x;
            if (Math.abs(scale) >= POWERS_OF_TEN.length) {
                return null;
            }
            long r = scaled(a, scale);
            if (r < 0) {
                return null;
            }
            long floor = r >>> 1;
            if (floor < low) {
                x--;
            } else if (floor >= low * 10) {
                x++;
            } else {
                long q = rounded(r);
                // rounding may carry into a new digit: 9.99..95 is 1.00..0 times ten
                return q == low * 10 ? new long[]{low, x + 1} : new long[]{q, x};
            }
        }
        return null;
    }

    /** The rounded integer of a {@link #scaled} result. */
    private static long rounded(long scaled) {
        return (scaled >>> 1) + (scaled & 1);
    }

    /**
     * a * 10^scale as its integer part times two, plus one if rounding it to an integer (ties
     * to even) goes up; -1 when the integer part does not fit in 62 bits. -18 <= scale <= 18.
     */
    static long scaled(double a, int scale) {
        if (scale < 0) {
            return scaledDown(a, POWERS_OF_TEN[-scale]);
        }
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & 0xfffffffffffffL;
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int e = biased == 0 ? -1074 : biased - 1075;
        long t = POWERS_OF_TEN[scale];
        // m * t exactly: m < 2^53 and t < 2^60, both non-negative
        long hi = Math.multiplyHigh(m, t);
        long lo = m * t;
        if (e >= 0) {
            if (hi != 0 || e >= 62 || lo < 0 || (lo >>> (62 - e)) != 0) {
                return -1;
            }
            return lo << (e + 1);
        }
        int k = -e;
        if (k >= 128) {
            // below 2^113 / 2^128: less than half
            return 0;
        }
        long floor;
        boolean above;
        boolean half;
        if (k >= 64) {
            int shift = k - 64;
            floor = shift == 0 ? hi : hi >>> shift;
            // remainder: the low shift bits of hi, then lo; half is bit k-1
            long remHi = shift == 0 ? 0 : hi & ((1L << shift) - 1);
            if (shift == 0) {
                above = Long.compareUnsigned(lo, 1L << 63) > 0;
                half = lo == 1L << 63;
            } else {
                long halfHi = 1L << (shift - 1);
                above = remHi > halfHi || remHi == halfHi && lo != 0;
                half = remHi == halfHi && lo == 0;
            }
        } else {
            if ((hi >>> k) != 0) {
                return -1;
            }
            floor = (hi << (64 - k)) | (lo >>> k);
            long rem = lo & ((1L << k) - 1);
            long halfway = 1L << (k - 1);
            above = rem > halfway;
            half = rem == halfway;
        }
        return encode(floor, above || half && (floor & 1) != 0);
    }

    private static long encode(long floor, boolean up) {
        if (floor < 0 || floor >>> 62 != 0) {
            return -1;
        }
        return floor << 1 | (up ? 1 : 0);
    }

    /** {@link #scaled} for a negative scale, for a below 2^63: from its integer part and whether a fraction follows. */
    private static long scaledDown(double a, long divisor) {
        if (!(a < 0x1p63)) {
            return -1;
        }
        long whole = (long) a;
        boolean fractionFollows = whole != a;
        long q = whole / divisor;
        long rest = whole % divisor;
        long half = divisor / 2;
        return encode(q, rest > half || rest == half && (fractionFollows || (q & 1) != 0));
    }

    private static String fixedDigits(long q, int decimals, boolean alt) {
        long unit = POWERS_OF_TEN[decimals];
        StringBuilder r = new StringBuilder(24);
        r.append(q / unit);
        if (decimals > 0 || alt) {
            r.append('.');
        }
        appendPadded(r, q % unit, decimals);
        return r.toString();
    }

    /** q has precision + 1 digits (or is 0). */
    private static String exponentialDigits(long q, int exponent, int precision, boolean alt) {
        StringBuilder r = new StringBuilder(fixedDigits(q, precision, alt));
        r.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            r.append('0');
        }
        r.append(magnitude);
        return r.toString();
    }

    private static void appendPadded(StringBuilder r, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            r.append('0');
        }
        if (width > 0) {
            r.append(digits);
        }
    }
}
