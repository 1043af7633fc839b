package dev.dsu.language.libc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/** The formatter behind the printf family, reproducing glibc's output byte for byte. */
final class Printf {
    private final Heap heap;
    private final Errno errno;

    Printf(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    /** One parsed conversion specification. */
    private static final class Spec {
        boolean left, plus, space, alt, zero;
        int width = 0;
        int precision = -1;
        String length = "";
        char conv;
    }

    /** Formats fmt (a C string in memory) with the given arguments; %n stores go to memory. */
    @TruffleBoundary
    byte[] format(long fmtPtr, VarArgs args, Node location) {
        return format(heap.readCStringBytes(fmtPtr, location), args, location);
    }

    @TruffleBoundary
    byte[] format(byte[] fmt, VarArgs args, Node location) {
        FormattedBytes out = new FormattedBytes(fmt.length + 16);
        int i = 0;
        int n = fmt.length;
        while (i < n) {
            byte b = fmt[i];
            if (b != '%') {
                out.write(b);
                i++;
                continue;
            }
            int start = i;
            i++;
            Spec s = new Spec();
            // flags
            for (; i < n; i++) {
                byte f = fmt[i];
                if (f == '-') {
                    s.left = true;
                } else if (f == '+') {
                    s.plus = true;
                } else if (f == ' ') {
                    s.space = true;
                } else if (f == '#') {
                    s.alt = true;
                } else if (f == '0') {
                    s.zero = true;
                } else if (f == '\'' || f == 'I') {
                    // grouping / locale digits: no effect in the C locale
                } else {
                    break;
                }
            }
            // width
            if (i < n && fmt[i] == '*') {
                i++;
                int w = (int) args.nextLong();
                if (w < 0) {
                    s.left = true;
                    w = w == Integer.MIN_VALUE ? Integer.MAX_VALUE : -w;
                }
                s.width = w;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    s.width = Math.min(s.width * 10 + (fmt[i] - '0'), 1 << 24);
                    i++;
                }
            }
            // precision
            if (i < n && fmt[i] == '.') {
                i++;
                if (i < n && fmt[i] == '*') {
                    i++;
                    int p = (int) args.nextLong();
                    s.precision = p < 0 ? -1 : p;
                } else {
                    int p = 0;
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        p = Math.min(p * 10 + (fmt[i] - '0'), 1 << 24);
                        i++;
                    }
                    s.precision = p;
                }
            }
            // length modifier
            int lstart = i;
            while (i < n && "hlLqjzt".indexOf(fmt[i]) >= 0) {
                i++;
            }
            s.length = lengthModifier(fmt, lstart, i - lstart);
            if (i >= n) {
                // an incomplete specification at the end is printed as is
                out.write(fmt, start, n - start);
                break;
            }
            s.conv = (char) fmt[i++];
            if (!convert(s, args, out, location)) {
                out.write(fmt, start, i - start);
            }
        }
        return out.toByteArray();
    }

    /** The modifiers printf knows as shared constants: one String per conversion was garbage. */
    private static String lengthModifier(byte[] fmt, int start, int length) {
        if (length == 0) {
            return "";
        }
        if (length == 1) {
            return switch (fmt[start]) {
                case 'h' -> "h";
                case 'l' -> "l";
                case 'L' -> "L";
                case 'q' -> "q";
                case 'j' -> "j";
                case 'z' -> "z";
                case 't' -> "t";
                default -> new String(fmt, start, 1, StandardCharsets.ISO_8859_1);
            };
        }
        if (length == 2 && fmt[start] == fmt[start + 1] && (fmt[start] == 'h' || fmt[start] == 'l')) {
            return fmt[start] == 'h' ? "hh" : "ll";
        }
        return new String(fmt, start, length, StandardCharsets.ISO_8859_1);
    }

    private boolean convert(Spec s, VarArgs args, FormattedBytes out, Node location) {
        switch (s.conv) {
            case '%' -> out.write('%');
            case 'd', 'i' -> {
                long v = args.nextLong();
                v = switch (s.length) {
                    case "hh" -> (byte) v;
                    case "h" -> (short) v;
                    case "" -> (int) v;
                    default -> v;
                };
                String digits = v < 0 ? Long.toUnsignedString(-v) : Long.toString(v);
                String sign = v < 0 ? "-" : s.plus ? "+" : s.space ? " " : "";
                integer(s, sign, "", digits, v == 0, out);
            }
            case 'u', 'o', 'x', 'X' -> {
                long v = unsigned(s, args.nextLong());
                String digits = switch (s.conv) {
                    case 'u' -> Long.toUnsignedString(v);
                    case 'o' -> Long.toOctalString(v);
                    case 'x' -> Long.toHexString(v);
                    default -> Long.toHexString(v).toUpperCase();
                };
                String prefix = "";
                if (s.alt && v != 0 && s.conv == 'x') {
                    prefix = "0x";
                } else if (s.alt && v != 0 && s.conv == 'X') {
                    prefix = "0X";
                }
                boolean altOctal = s.alt && s.conv == 'o';
                if (altOctal && v != 0 && s.precision <= digits.length()) {
                    // '#' makes the first digit a zero
                    digits = "0" + digits;
                }
                integer(s, "", prefix, digits, v == 0 && !altOctal, out);
            }
            case 'p' -> {
                long v = args.nextLong();
                if (v == 0) {
                    s.zero = false;
                    pad(s, "(nil)", out);
                } else {
                    String sign = s.plus ? "+" : s.space ? " " : "";
                    integer(s, sign, "0x", Long.toHexString(v), false, out);
                }
            }
            case 'c' -> {
                long v = args.nextLong();
                s.zero = false;
                padBytes(s, new byte[]{(byte) v}, out);
            }
            case 's' -> {
                long p = args.nextLong();
                s.zero = false;
                byte[] bytes;
                if (p == 0) {
                    bytes = s.precision == -1 || s.precision >= 6 ? "(null)".getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
                } else if (s.length.equals("l")) {
                    bytes = wideString(p, s.precision, location);
                } else if (s.precision >= 0) {
                    bytes = boundedString(p, s.precision, location);
                } else {
                    bytes = heap.readCStringBytes(p, location);
                }
                padBytes(s, bytes, out);
            }
            case 'C' -> {
                s.length = "l";
                s.conv = 'c';
                return convert(s, args, out, location);
            }
            case 'S' -> {
                s.length = "l";
                s.conv = 's';
                return convert(s, args, out, location);
            }
            case 'm' -> padBytes(s, Errno.message(errno.get()).getBytes(StandardCharsets.ISO_8859_1), out);
            case 'n' -> {
                long p = args.nextLong();
                int count = out.size();
                switch (s.length) {
                    case "hh" -> heap.putI8(p, (byte) count, location);
                    case "h" -> heap.putI16(p, (short) count, location);
                    case "" -> heap.putI32(p, count, location);
                    default -> heap.putI64(p, count, location);
                }
            }
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' -> {
                if (s.length.equals("L")) {
                    floating(s, args.nextLongDouble(), out);
                } else {
                    floating(s, args.nextDouble(), out);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static long unsigned(Spec s, long v) {
        return switch (s.length) {
            case "hh" -> v & 0xff;
            case "h" -> v & 0xffff;
            case "" -> v & 0xffffffffL;
            default -> v;
        };
    }

    private byte[] boundedString(long p, int max, Node location) {
        FormattedBytes b = new FormattedBytes(16);
        for (int k = 0; k < max; k++) {
            byte c = heap.getI8(p + k, location);
            if (c == 0) {
                break;
            }
            b.write(c);
        }
        return b.toByteArray();
    }

    private byte[] wideString(long p, int max, Node location) {
        FormattedBytes b = new FormattedBytes(16);
        for (int k = 0;; k += 4) {
            int c = heap.getI32(p + k, location);
            if (c == 0 || max >= 0 && b.size() >= max) {
                break;
            }
            b.write(c);
        }
        return b.toByteArray();
    }

    /** Integer layout: sign, prefix, precision zeros, digits; padded per flags. */
    private static void integer(Spec s, String sign, String prefix, String digits, boolean isZero, FormattedBytes out) {
        int digitCount = s.precision == 0 && isZero ? 0 : digits.length();
        int zeros = Math.max(0, s.precision - digitCount);
        layout(s, s.zero && s.precision < 0, sign, prefix, zeros, digits, digitCount, out);
    }

    /**
     * A number's field written straight into {@code out} (sprintf of numbers is what libc-heavy
     * loops do most): sign, prefix, {@code zeros} zeros, the first {@code bodyLength} characters
     * of {@code body}, padded to the width with spaces, or with zeros after the prefix.
     */
    private static void layout(Spec s, boolean zeroPad, String sign, String prefix, int zeros, String body, int bodyLength,
                    FormattedBytes out) {
        int fill = s.width - (sign.length() + prefix.length() + zeros + bodyLength);
        boolean zeroFill = !s.left && zeroPad;
        if (!s.left && !zeroFill) {
            repeat(out, ' ', fill);
        }
        writeAscii(sign, sign.length(), out);
        writeAscii(prefix, prefix.length(), out);
        if (zeroFill) {
            repeat(out, '0', fill);
        }
        repeat(out, '0', zeros);
        writeAscii(body, bodyLength, out);
        if (s.left) {
            repeat(out, ' ', fill);
        }
    }

    private static void repeat(FormattedBytes out, char c, int count) {
        for (int k = 0; k < count; k++) {
            out.write(c);
        }
    }

    private static void writeAscii(String text, int length, FormattedBytes out) {
        for (int k = 0; k < length; k++) {
            out.write(text.charAt(k));
        }
    }

    private static void pad(Spec s, String text, FormattedBytes out) {
        padBytes(s, text.getBytes(StandardCharsets.ISO_8859_1), out);
    }

    private static void padBytes(Spec s, byte[] bytes, FormattedBytes out) {
        int fill = s.width - bytes.length;
        if (!s.left) {
            for (int k = 0; k < fill; k++) {
                out.write(s.zero ? '0' : ' ');
            }
        }
        out.write(bytes, 0, bytes.length);
        if (s.left) {
            for (int k = 0; k < fill; k++) {
                out.write(' ');
            }
        }
    }

    // ---- floating point ----

    private static void floating(Spec s, double v, FormattedBytes out) {
        boolean negative = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            special(s, negative, Double.isNaN(v), out);
            return;
        }
        double a = Math.abs(v);
        boolean hex = Character.toLowerCase(s.conv) == 'a';
        finite(s, negative, hex ? null : new BigDecimal(a), hex ? hex(a, s.precision, s.alt) : null, out);
    }

    /** A long double: its exact binary value, expanded in decimal. */
    private static void floating(Spec s, LongDouble v, FormattedBytes out) {
        if (!v.isFinite()) {
            special(s, v.isNegative(), v.isNaN(), out);
            return;
        }
        boolean hex = Character.toLowerCase(s.conv) == 'a';
        finite(s, v.isNegative(), hex ? null : v.abs().toBigDecimal(), hex ? hexLong(v, s.precision, s.alt) : null, out);
    }

    private static void special(Spec s, boolean negative, boolean nan, FormattedBytes out) {
        String sign = negative ? "-" : s.plus ? "+" : s.space ? " " : "";
        String t = nan ? "nan" : "inf";
        s.zero = false;
        String body = Character.isUpperCase(s.conv) ? t.toUpperCase() : t;
        layout(s, s.zero, sign, "", 0, body, body.length(), out);
    }

    /** A finite value given by its exact magnitude a (for %f %e %g) or its %a digits. */
    private static void finite(Spec s, boolean negative, BigDecimal a, String hexBody, FormattedBytes out) {
        boolean upper = Character.isUpperCase(s.conv);
        String sign = negative ? "-" : s.plus ? "+" : s.space ? " " : "";
        String prefix = "";
        String body = switch (Character.toLowerCase(s.conv)) {
            case 'f' -> fixed(a, s.precision < 0 ? 6 : s.precision, s.alt);
            case 'e' -> exponential(a, s.precision < 0 ? 6 : s.precision, s.alt);
            case 'g' -> general(a, s.precision < 0 ? 6 : s.precision, s.alt);
            default -> {
                prefix = "0x";
                yield hexBody;
            }
        };
        if (upper) {
            body = body.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        layout(s, s.zero, sign, prefix, 0, body, body.length(), out);
    }

    /** %f of a non-negative finite value: exact decimal expansion, ties to even like glibc. */
    static String fixed(BigDecimal a, int precision, boolean alt) {
        String r = a.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (precision == 0 && alt) {
            r += ".";
        }
        return r;
    }

    /** Digits (exactly precision+1 of them) and decimal exponent of a rounded to precision+1 significant digits. */
    private static Object[] decimalDigits(BigDecimal a, int significant) {
        if (a.signum() == 0) {
            return new Object[]{"0".repeat(significant), 0};
        }
        BigDecimal bd = a.round(new MathContext(significant, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1;
        if (digits.length() < significant) {
            digits = digits + "0".repeat(significant - digits.length());
        } else if (digits.length() > significant) {
            digits = digits.substring(0, significant);
        }
        return new Object[]{digits, exp};
    }

    static String exponential(BigDecimal a, int precision, boolean alt) {
        Object[] d = decimalDigits(a, precision + 1);
        String digits = (String) d[0];
        int exp = (Integer) d[1];
        StringBuilder r = new StringBuilder();
        r.append(digits.charAt(0));
        if (precision > 0 || alt) {
            r.append('.');
        }
        r.append(digits, 1, digits.length());
        r.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            r.append('0');
        }
        r.append(ae);
        return r.toString();
    }

    static String general(BigDecimal a, int precision, boolean alt) {
        int p = precision == 0 ? 1 : precision;
        int x = (Integer) decimalDigits(a, p)[1];
        String r;
        int unrounded = a.signum() == 0 ? 0 : a.precision() - a.scale() - 1;
        if (p > x && x >= -4) {
            r = fixed(a, p - 1 - x, alt);
        } else if (alt && x == p && unrounded == p - 1) {
            // glibc keeps the digit count of the fixed-point attempt when rounding carries into a new exponent
            r = exponential(a, 0, alt);
        } else {
            r = exponential(a, p - 1, alt);
        }
        if (!alt) {
            int e = r.indexOf('e');
            String mant = e >= 0 ? r.substring(0, e) : r;
            String tail = e >= 0 ? r.substring(e) : "";
            if (mant.indexOf('.') >= 0) {
                int end = mant.length();
                while (mant.charAt(end - 1) == '0') {
                    end--;
                }
                if (mant.charAt(end - 1) == '.') {
                    end--;
                }
                mant = mant.substring(0, end);
            }
            r = mant + tail;
        }
        return r;
    }

    /** %a of a double: 0x1.hhhp+e (0x0.hhhp-1022 for subnormals), without the 0x. */
    static String hex(double a, int precision, boolean alt) {
        long bits = Double.doubleToRawLongBits(a);
        int bexp = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & 0xfffffffffffffL;
        int lead;
        int exp;
        if (bexp == 0) {
            lead = 0;
            exp = frac == 0 ? 0 : -1022;
        } else {
            lead = 1;
            exp = bexp - 1023;
        }
        return hexDigits(lead, frac, 13, exp, precision, alt);
    }

    /** %La as glibc prints an x87 long double: the leading hex digit holds the top 4 mantissa bits. */
    static String hexLong(LongDouble v, int precision, boolean alt) {
        if (v.isZero()) {
            return hexDigits(0, 0, 15, 0, precision, alt);
        }
        int biased = v.biasedExponent();
        int exp = (biased == 0 ? 1 : biased) - LongDouble.BIAS;
        int lead = (int) (v.mantissa >>> 60);
        long rest = v.mantissa & 0x0fffffffffffffffL;
        return hexDigits(lead, rest, 15, exp - 3, precision, alt);
    }

    private static String hexDigits(int lead, long frac, int nDigits, int exp, int precision, boolean alt) {
        if (precision >= 0 && precision < nDigits) {
            int drop = (nDigits - precision) * 4;
            long kept = frac >>> drop;
            long rem = frac & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rem > half || rem == half && ((kept & 1) != 0 || precision == 0 && (lead & 1) != 0)) {
                kept++;
                if (precision == 0 || kept >>> (precision * 4) != 0) {
                    kept = precision == 0 ? 0 : kept & ((1L << (precision * 4)) - 1);
                    lead++;
                    if (lead == 16) {
                        // a long double's 0xf.ff.. carrying over is written 0x1.00.. four binary places up
                        lead = 1;
                        exp += 4;
                    }
                }
            }
            frac = kept;
            nDigits = precision;
        }
        StringBuilder digits = new StringBuilder();
        for (int k = nDigits - 1; k >= 0; k--) {
            digits.append(Character.forDigit((int) (frac >>> (k * 4)) & 0xf, 16));
        }
        if (precision < 0) {
            int end = digits.length();
            while (end > 0 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits.setLength(end);
        } else {
            while (digits.length() < precision) {
                digits.append('0');
            }
        }
        StringBuilder r = new StringBuilder();
        r.append(Integer.toHexString(lead));
        if (digits.length() > 0 || alt) {
            r.append('.');
        }
        r.append(digits).append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return r.toString();
    }
}
