package dev.dsu.language.libc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A printf format taken apart once: literal runs and conversion specifications, in order.
 * A program's formats are few and used over and over (sprintf in a loop), and reading the
 * flags, width and length of each specification again at every call was a fifth of a
 * libc-heavy loop's time.
 */
final class ParsedFormat {
    static final int LENGTH_NONE = 0;
    static final int LENGTH_HH = 1;
    static final int LENGTH_H = 2;
    static final int LENGTH_L = 3;
    /** {@code L}: long double for the floating conversions. */
    static final int LENGTH_BIG_L = 4;
    /** Every other modifier ({@code ll q j z t} and odd combinations): a 64-bit integer. */
    static final int LENGTH_WIDE = 5;

    /** One conversion specification as written. */
    static final class Conversion {
        final boolean left, plus, space, alt, zero, group, localeDigits;
        final int width;
        final boolean widthFromArgument;
        /** -1 when not given. */
        final int precision;
        final boolean precisionFromArgument;
        final int length;
        /** 0 when the format ends inside the specification. */
        final char conv;

        Conversion(boolean[] flags, int width, boolean widthFromArgument, int precision, boolean precisionFromArgument, int length, char conv) {
            this.left = flags[0];
            this.plus = flags[1];
            this.space = flags[2];
            this.alt = flags[3];
            this.zero = flags[4];
            this.group = flags[5];
            this.localeDigits = flags[6];
            this.width = width;
            this.widthFromArgument = widthFromArgument;
            this.precision = precision;
            this.precisionFromArgument = precisionFromArgument;
            this.length = length;
            this.conv = conv;
        }

        /** Whether the format ends inside this specification (see Printf#run for what glibc does then). */
        boolean incomplete() {
            return conv == 0;
        }
    }

    /** Literal runs ({@code byte[]}) and {@link Conversion}s in the order of the format. */
    final Object[] pieces;
    /** The format with its terminating NUL, to tell whether the memory still holds it. */
    final byte[] source;

    private ParsedFormat(Object[] pieces, byte[] source) {
        this.pieces = pieces;
        this.source = source;
    }

    /** Parses {@code fmt} (without its NUL). */
    static ParsedFormat parse(byte[] fmt) {
        List<Object> pieces = new ArrayList<>();
        int n = fmt.length;
        int i = 0;
        while (i < n) {
            int literalStart = i;
            while (i < n && fmt[i] != '%') {
                i++;
            }
            if (i > literalStart) {
                pieces.add(Arrays.copyOfRange(fmt, literalStart, i));
            }
            if (i < n) {
                i = conversion(fmt, i, pieces);
            }
        }
        byte[] source = Arrays.copyOf(fmt, n + 1);
        return new ParsedFormat(pieces.toArray(), source);
    }

    /** Parses the specification at {@code start} (a '%') into {@code pieces}; returns where the format goes on. */
    private static int conversion(byte[] fmt, int start, List<Object> pieces) {
        int n = fmt.length;
        int i = start + 1;
        boolean[] flags = new boolean[7];
        for (; i < n; i++) {
            int flag = switch (fmt[i]) {
                case '-' -> 0;
                case '+' -> 1;
                case ' ' -> 2;
                case '#' -> 3;
                case '0' -> 4;
                // grouping and locale digits: no effect in the C locale, but kept for printing
                case '\'' -> 5;
                case 'I' -> 6;
                default -> -1;
            };
            if (flag < 0) {
                break;
            }
            flags[flag] = true;
        }
        int width = 0;
        boolean widthFromArgument = false;
        if (i < n && fmt[i] == '*') {
            i++;
            widthFromArgument = true;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                width = Math.min(width * 10 + (fmt[i] - '0'), 1 << 24);
                i++;
            }
        }
        int precision = -1;
        boolean precisionFromArgument = false;
        if (i < n && fmt[i] == '.') {
            i++;
            if (i < n && fmt[i] == '*') {
                i++;
                precisionFromArgument = true;
            } else {
                int p = 0;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    p = Math.min(p * 10 + (fmt[i] - '0'), 1 << 24);
                    i++;
                }
                precision = p;
            }
        }
        // one modifier, as glibc reads them: "lh" is 'l' and then the conversion 'h'
        int length = LENGTH_NONE;
        if (i < n) {
            switch (fmt[i]) {
                case 'h' -> {
                    i++;
                    length = LENGTH_H;
                    if (i < n && fmt[i] == 'h') {
                        i++;
                        length = LENGTH_HH;
                    }
                }
                case 'l' -> {
                    i++;
                    length = LENGTH_L;
                    if (i < n && fmt[i] == 'l') {
                        i++;
                        length = LENGTH_WIDE;
                    }
                }
                case 'L', 'q' -> {
                    i++;
                    length = LENGTH_BIG_L;
                }
                case 'j', 'z', 'Z', 't' -> {
                    i++;
                    length = LENGTH_WIDE;
                }
                default -> {
                }
            }
        }
        char conv = i < n ? (char) (fmt[i++] & 0xff) : 0;
        pieces.add(new Conversion(flags, width, widthFromArgument, precision, precisionFromArgument, length, conv));
        return i;
    }
}
