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
    private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UPPER_HEX = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);

    private final Heap heap;
    private final Errno errno;
    private final FormatCache formats;
    /**
     * An integer's digits, written from the end: a 64-bit value in octal plus '#''s zero fits.
     * One per formatter, which one thread at a time uses (see Heap), and no conversion formats
     * another while it uses this.
     */
    private final byte[] digitBuffer = new byte[24];

    Printf(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
        this.formats = new FormatCache(heap);
    }

    /** One conversion as carried out: the specification as written, with width and precision from arguments. */
    private static final class Spec {
        boolean left, plus, space, alt, zero, group, localeDigits;
        int width;
        int precision;
        int length;
        char conv;

        Spec(ParsedFormat.Conversion c) {
            left = c.left;
            plus = c.plus;
            space = c.space;
            alt = c.alt;
            zero = c.zero;
            group = c.group;
            localeDigits = c.localeDigits;
            width = c.width;
            precision = c.precision;
            length = c.length;
            conv = c.conv;
        }
    }

    /**
     * Formats fmt (a C string in memory) with the given arguments; %n stores go to memory. The
     * result is marked invalid when the format ends inside a specification.
     */
    @TruffleBoundary
    FormattedBytes formatBytes(long fmtPtr, VarArgs args, Node location) {
        return run(formats.get(fmtPtr, location), args, location);
    }

    @TruffleBoundary
    byte[] format(byte[] fmt, VarArgs args, Node location) {
        return run(ParsedFormat.parse(fmt), args, location).toByteArray();
    }

    private FormattedBytes run(ParsedFormat format, VarArgs callArgs, Node location) {
        VarArgs args = format.positions > 0 ? PositionalArgs.inReadingOrder(format, callArgs) : callArgs;
        FormattedBytes out = new FormattedBytes(format.source.length + 16);
        boolean sawUnknown = false;
        for (Object piece : format.pieces) {
            if (piece instanceof byte[] literal) {
                out.write(literal, 0, literal.length);
                continue;
            }
            ParsedFormat.Conversion c = (ParsedFormat.Conversion) piece;
            Spec s = new Spec(c);
            if (c.widthFromArgument) {
                int w = (int) args.nextLong();
                if (w < 0) {
                    s.left = true;
                    w = w == Integer.MIN_VALUE ? Integer.MAX_VALUE : -w;
                }
                s.width = w;
            }
            if (c.precisionFromArgument) {
                int p = (int) args.nextLong();
                s.precision = p < 0 ? -1 : p;
            }
            if (c.incomplete()) {
                // glibc fails the call here, after the output so far, unless it has met a
                // conversion it does not know: the slower path that takes over then prints this
                // one back like an unknown one, without a conversion character
                if (sawUnknown) {
                    unknown(s, out);
                } else {
                    out.markInvalid();
                }
                break;
            }
            if (!convert(s, args, out, location)) {
                unknown(s, out);
                sawUnknown = true;
            }
        }
        return out;
    }

    private boolean convert(Spec s, VarArgs args, FormattedBytes out, Node location) {
        switch (s.conv) {
            case '%' -> out.write('%');
            case 'd', 'i' -> {
                long v = args.nextLong();
                v = switch (s.length) {
                    case ParsedFormat.LENGTH_HH -> (byte) v;
                    case ParsedFormat.LENGTH_H -> (short) v;
                    case ParsedFormat.LENGTH_NONE -> (int) v;
                    default -> v;
                };
                // -Long.MIN_VALUE is itself, and its digits as unsigned are the magnitude's
                int start = digits(v < 0 ? -v : v, 10, false);
                String sign = v < 0 ? "-" : s.plus ? "+" : s.space ? " " : "";
                integer(s, sign, "", start, v == 0, out);
            }
            case 'u', 'o', 'x', 'X' -> {
                long v = unsigned(s, args.nextLong());
                int start = switch (s.conv) {
                    case 'u' -> digits(v, 10, false);
                    case 'o' -> digits(v, 8, false);
                    case 'x' -> digits(v, 16, false);
                    default -> digits(v, 16, true);
                };
                String prefix = "";
                if (s.alt && v != 0 && s.conv == 'x') {
                    prefix = "0x";
                } else if (s.alt && v != 0 && s.conv == 'X') {
                    prefix = "0X";
                }
                boolean altOctal = s.alt && s.conv == 'o';
                if (altOctal && v != 0 && s.precision <= digitBuffer.length - start) {
                    // '#' makes the first digit a zero
                    digitBuffer[--start] = '0';
                }
                integer(s, "", prefix, start, v == 0 && !altOctal, out);
            }
            case 'p' -> {
                long v = args.nextLong();
                if (v == 0) {
                    s.zero = false;
                    pad(s, "(nil)", out);
                } else {
                    String sign = s.plus ? "+" : s.space ? " " : "";
                    integer(s, sign, "0x", digits(v, 16, false), false, out);
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
                } else if (s.length == ParsedFormat.LENGTH_L) {
                    bytes = wideString(p, s.precision, location);
                } else if (s.precision >= 0) {
                    bytes = boundedString(p, s.precision, location);
                } else {
                    bytes = heap.readCStringBytes(p, location);
                }
                padBytes(s, bytes, out);
            }
            case 'C' -> {
                s.length = ParsedFormat.LENGTH_L;
                s.conv = 'c';
                return convert(s, args, out, location);
            }
            case 'S' -> {
                s.length = ParsedFormat.LENGTH_L;
                s.conv = 's';
                return convert(s, args, out, location);
            }
            case 'm' -> padBytes(s, Errno.message(errno.get()).getBytes(StandardCharsets.ISO_8859_1), out);
            case 'n' -> {
                long p = args.nextLong();
                int count = out.size();
                switch (s.length) {
                    case ParsedFormat.LENGTH_HH -> heap.putI8(p, (byte) count, location);
                    case ParsedFormat.LENGTH_H -> heap.putI16(p, (short) count, location);
                    case ParsedFormat.LENGTH_NONE -> heap.putI32(p, count, location);
                    default -> heap.putI64(p, count, location);
                }
            }
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' -> {
                if (s.length == ParsedFormat.LENGTH_BIG_L) {
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
            case ParsedFormat.LENGTH_HH -> v & 0xff;
            case ParsedFormat.LENGTH_H -> v & 0xffff;
            case ParsedFormat.LENGTH_NONE -> v & 0xffffffffL;
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

    /**
     * A conversion glibc does not know is printed back the way glibc prints it: '%', the flags
     * in a fixed order, width and precision as resolved, no length modifier, the character.
     */
    private void unknown(Spec s, FormattedBytes out) {
        out.write('%');
        if (s.alt) {
            out.write('#');
        }
        if (s.group) {
            out.write('\'');
        }
        if (s.plus) {
            out.write('+');
        } else if (s.space) {
            out.write(' ');
        }
        if (s.left) {
            out.write('-');
        }
        if (s.zero) {
            out.write('0');
        }
        if (s.localeDigits) {
            out.write('I');
        }
        if (s.width != 0) {
            writeDecimal(s.width, out);
        }
        if (s.precision != -1) {
            out.write('.');
            writeDecimal(s.precision, out);
        }
        if (s.conv != 0) {
            out.write(s.conv);
        }
    }

    private void writeDecimal(long v, FormattedBytes out) {
        int start = digits(v, 10, false);
        out.write(digitBuffer, start, digitBuffer.length - start);
    }

    /**
     * {@code v}'s digits in base 10, 8 or 16, unsigned, at the end of {@link #digitBuffer};
     * returns where they start. Not through Long.toString: a String per number was most of
     * what sprintf of numbers cost.
     */
    private int digits(long v, int base, boolean upper) {
        byte[] b = digitBuffer;
        int at = b.length;
        long rest = v;
        if (base == 10) {
            if (rest < 0) {
                // above Long.MAX_VALUE as unsigned: one unsigned division brings it in range
                long q = Long.divideUnsigned(rest, 10);
                b[--at] = (byte) ('0' + (rest - q * 10));
                rest = q;
            }
            do {
                b[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
        } else {
            int shift = base == 8 ? 3 : 4;
            byte[] alphabet = upper ? UPPER_HEX : LOWER_HEX;
            do {
                b[--at] = alphabet[(int) rest & (base - 1)];
                rest >>>= shift;
            } while (rest != 0);
        }
        return at;
    }

    /** Integer layout: sign, prefix, precision zeros, the digits from {@code start} of the digit buffer; padded per flags. */
    private void integer(Spec s, String sign, String prefix, int start, boolean isZero, FormattedBytes out) {
        int digitCount = s.precision == 0 && isZero ? 0 : digitBuffer.length - start;
        int zeros = Math.max(0, s.precision - digitCount);
        layout(s, s.zero && s.precision < 0, sign, prefix, zeros, digitBuffer, start, digitCount, out);
    }

    /** {@link #layout(Spec, boolean, String, String, int, byte[], int, int, FormattedBytes)} of a whole String body. */
    private static void layout(Spec s, boolean zeroPad, String sign, String prefix, String body, FormattedBytes out) {
        layout(s, zeroPad, sign, prefix, 0, body.getBytes(StandardCharsets.ISO_8859_1), 0, body.length(), out);
    }

    /**
     * A number's field written straight into {@code out} (sprintf of numbers is what libc-heavy
     * loops do most): sign, prefix, {@code zeros} zeros, {@code bodyLength} bytes of
     * {@code body} from {@code bodyStart}, padded to the width with spaces, or with zeros after the prefix.
     */
    private static void layout(Spec s, boolean zeroPad, String sign, String prefix, int zeros, byte[] body, int bodyStart, int bodyLength,
                    FormattedBytes out) {
        int fill = s.width - (sign.length() + prefix.length() + zeros + bodyLength);
        boolean zeroFill = !s.left && zeroPad;
        if (!s.left && !zeroFill) {
            repeat(out, ' ', fill);
        }
        writeAscii(sign, out);
        writeAscii(prefix, out);
        if (zeroFill) {
            repeat(out, '0', fill);
        }
        repeat(out, '0', zeros);
        out.write(body, bodyStart, bodyLength);
        if (s.left) {
            repeat(out, ' ', fill);
        }
    }

    private static void repeat(FormattedBytes out, char c, int count) {
        for (int k = 0; k < count; k++) {
            out.write(c);
        }
    }

    private static void writeAscii(String text, FormattedBytes out) {
        for (int k = 0; k < text.length(); k++) {
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
        int precision = s.precision < 0 ? 6 : s.precision;
        String body = switch (Character.toLowerCase(s.conv)) {
            case 'f' -> ScaledDouble.fixed(a, precision, s.alt);
            case 'e' -> ScaledDouble.exponential(a, precision, s.alt);
            case 'g' -> s.alt ? null : ScaledDouble.general(a, precision);
            default -> null;
        };
        if (body != null) {
            decimal(s, negative, body, out);
            return;
        }
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
        layout(s, s.zero, sign, "", body, out);
    }

    /** A finite value's field from the body of its %f, %e or %g digits. */
    private static void decimal(Spec s, boolean negative, String body, FormattedBytes out) {
        String sign = negative ? "-" : s.plus ? "+" : s.space ? " " : "";
        layout(s, s.zero, sign, "", Character.isUpperCase(s.conv) ? body.toUpperCase() : body, out);
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
        layout(s, s.zero, sign, prefix, body, out);
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
        return alt ? r : trimTrailingZeros(r);
    }

    /** %g without '#': a fraction's trailing zeros go, and its point if nothing is left after it. */
    static String trimTrailingZeros(String r) {
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
        return mant + tail;
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
