package dev.dsu.language.libc;

/**
 * strtod of the numbers programs mostly read: decimal, at most 15 significant digits, a
 * power of ten within 10^22. Both the digits and the power are then exact doubles, so one
 * multiplication or division rounds once and gives the correctly rounded result (Clinger's
 * fast path), without building the text for Double.parseDouble that made strtod ten times
 * slower than glibc's. Anything else returns null, for the general parser.
 */
final class ShortDecimal {
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private ShortDecimal() {
    }

    /** The number at {@code s[from]} (white space already skipped), or null when it is not of this kind. */
    static Conversions.FloatResult parse(byte[] s, int from) {
        int n = s.length;
        int i = from;
        boolean negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
            return null;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        int digits = 0;
        for (; i < n && isDigit(s[i]); i++, digits++) {
            if (mantissa != 0 || s[i] != '0') {
                mantissa = mantissa * 10 + (s[i] - '0');
                significant++;
            }
        }
        if (i < n && s[i] == '.') {
            int k = i + 1;
            int fraction = 0;
            for (; k < n && isDigit(s[k]); k++, fraction++) {
                if (mantissa != 0 || s[k] != '0') {
                    mantissa = mantissa * 10 + (s[k] - '0');
                    significant++;
                }
                scale--;
            }
            if (digits + fraction > 0) {
                i = k;
                digits += fraction;
            } else {
                scale = 0;
            }
        }
        if (digits == 0 || significant > 15) {
            return null;
        }
        if (i < n && (s[i] | 0x20) == 'e') {
            int k = i + 1;
            boolean negativeExponent = false;
            if (k < n && (s[k] == '+' || s[k] == '-')) {
                negativeExponent = s[k] == '-';
                k++;
            }
            int exponent = 0;
            int start = k;
            for (; k < n && isDigit(s[k]); k++) {
                exponent = Math.min(exponent * 10 + (s[k] - '0'), 100000);
            }
            if (k > start) {
                scale += negativeExponent ? -exponent : exponent;
                i = k;
            }
        }
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (scale >= 0 && scale < POWERS_OF_TEN.length) {
            value = mantissa * POWERS_OF_TEN[scale];
        } else if (scale < 0 && -scale < POWERS_OF_TEN.length) {
            value = mantissa / POWERS_OF_TEN[-scale];
        } else {
            return null;
        }
        Conversions.FloatResult r = new Conversions.FloatResult();
        r.value = negative ? -value : value;
        r.end = i;
        return r;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
