package dev.dsu.language.libc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A printf format taken apart once: literal runs and conversion specifications, in order.
 * A program's formats are few and used over and over (sprintf in a loop), and reading the
 * flags, width and length of each specification again at every call was a good part of what
 * sprintf cost.
 */
final class ParsedFormat {
    static final int LENGTH_NONE = 0;
    static final int LENGTH_HH = 1;
    static final int LENGTH_H = 2;
    static final int LENGTH_L = 3;
    /** {@code L} and {@code q}: long double for the floating conversions, 64 bits for integers. */
    static final int LENGTH_BIG_L = 4;
    /** {@code ll j z Z t}: a 64-bit integer. */
    static final int LENGTH_WIDE = 5;

    /** One conversion specification as written; filled in by the parser, not changed after. */
    static final class Conversion {
        boolean left, plus, space, alt, zero, group, localeDigits;
        int width;
        boolean widthFromArgument;
        /** -1 when not given. */
        int precision = -1;
        boolean precisionFromArgument;
        int length = LENGTH_NONE;
        /** 0 when the format ends inside the specification. */
        char conv;
        /** POSIX {@code %n$}: the argument's position from 1, or 0 for the next one in order. */
        int argument;
        /** {@code *m$}: the position of the width's argument, or 0 for the next one in order. */
        int widthArgument;
        /** {@code .*m$}, as {@link #widthArgument}. */
        int precisionArgument;

        /** Whether the format ends inside this specification (see Printf#run for what glibc does then). */
        boolean incomplete() {
            return conv == 0;
        }
    }

    /** Literal runs ({@code byte[]}) and {@link Conversion}s in the order of the format. */
    final Object[] pieces;
    /** The format with its terminating NUL, to tell whether the memory still holds it. */
    final byte[] source;
    /** The highest argument position a {@code %n$} or {@code *m$} names; 0 when the format names none. */
    final int positions;

    private ParsedFormat(Object[] pieces, byte[] source, int positions) {
        this.pieces = pieces;
        this.source = source;
        this.positions = positions;
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
        int positions = 0;
        for (Object piece : pieces) {
            if (piece instanceof Conversion c) {
                positions = Math.max(positions, Math.max(c.argument, Math.max(c.widthArgument, c.precisionArgument)));
            }
        }
        return new ParsedFormat(pieces.toArray(), source, positions);
    }

    /** {@code digits$} at {@code i}: the position (from 1), or 0 when there is none there. */
    static int position(byte[] fmt, int i) {
        int value = 0;
        int k = i;
        while (k < fmt.length && fmt[k] >= '0' && fmt[k] <= '9' && value < 1 << 20) {
            value = value * 10 + (fmt[k] - '0');
            k++;
        }
        return k > i && k < fmt.length && fmt[k] == '$' && value > 0 ? value : 0;
    }

    /** Where the format goes on after the {@code digits$} at {@code i}. */
    static int afterPosition(byte[] fmt, int i) {
        int k = i;
        while (fmt[k] != '$') {
            k++;
        }
        return k + 1;
    }

    /** Sets the flag {@code b} stands for; false when it is no flag. */
    private static boolean flag(Conversion c, byte b) {
        switch (b) {
            case '-' -> c.left = true;
            case '+' -> c.plus = true;
            case ' ' -> c.space = true;
            case '#' -> c.alt = true;
            case '0' -> c.zero = true;
            // grouping and locale digits: no effect in the C locale, but kept for printing
            case '\'' -> c.group = true;
            case 'I' -> c.localeDigits = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Parses the specification at {@code start} (a '%') into {@code pieces}; returns where the format goes on. */
    private static int conversion(byte[] fmt, int start, List<Object> pieces) {
        int n = fmt.length;
        int i = start + 1;
        Conversion c = new Conversion();
        c.argument = position(fmt, i);
        if (c.argument > 0) {
            i = afterPosition(fmt, i);
        }
        while (i < n && flag(c, fmt[i])) {
            i++;
        }
        if (i < n && fmt[i] == '*') {
            i++;
            c.widthFromArgument = true;
            c.widthArgument = position(fmt, i);
            if (c.widthArgument > 0) {
                i = afterPosition(fmt, i);
            }
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                c.width = Math.min(c.width * 10 + (fmt[i] - '0'), 1 << 24);
                i++;
            }
        }
        if (i < n && fmt[i] == '.') {
            i++;
            if (i < n && fmt[i] == '*') {
                i++;
                c.precisionFromArgument = true;
                c.precisionArgument = position(fmt, i);
                if (c.precisionArgument > 0) {
                    i = afterPosition(fmt, i);
                }
            } else {
                int p = 0;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    p = Math.min(p * 10 + (fmt[i] - '0'), 1 << 24);
                    i++;
                }
                c.precision = p;
            }
        }
        // one modifier, as glibc reads them: "lh" is 'l' and then the conversion 'h'
        if (i < n) {
            switch (fmt[i]) {
                case 'h' -> {
                    i++;
                    c.length = LENGTH_H;
                    if (i < n && fmt[i] == 'h') {
                        i++;
                        c.length = LENGTH_HH;
                    }
                }
                case 'l' -> {
                    i++;
                    c.length = LENGTH_L;
                    if (i < n && fmt[i] == 'l') {
                        i++;
                        c.length = LENGTH_WIDE;
                    }
                }
                case 'L', 'q' -> {
                    i++;
                    c.length = LENGTH_BIG_L;
                }
                case 'j', 'z', 'Z', 't' -> {
                    i++;
                    c.length = LENGTH_WIDE;
                }
                default -> {
                }
            }
        }
        c.conv = i < n ? (char) (fmt[i++] & 0xff) : 0;
        pieces.add(c);
        return i;
    }
}
