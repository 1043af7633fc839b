package dev.dsu.language.libc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/** The scanner behind the scanf family, with glibc's conversion rules and return values. */
final class Scanf {
    /** Characters to scan: a string or a FILE stream. One character of pushback is enough. */
    interface Input {
        /** Next byte (0..255) or -1 at end of input. */
        int read();

        void unread(int c);
    }

    static final class StringInput implements Input {
        private final byte[] s;
        private int pos;

        StringInput(byte[] s) {
            this.s = s;
        }

        @Override
        public int read() {
            return pos < s.length ? s[pos++] & 0xff : -1;
        }

        @Override
        public void unread(int c) {
            if (c >= 0) {
                pos--;
            }
        }
    }

    private final Heap heap;

    Scanf(Heap heap) {
        this.heap = heap;
    }

    /** Counts what the conversions consumed, for %n. */
    private static final class Counting {
        final Input in;
        long consumed;

        Counting(Input in) {
            this.in = in;
        }

        int read() {
            int c = in.read();
            if (c >= 0) {
                consumed++;
            }
            return c;
        }

        void unread(int c) {
            if (c >= 0) {
                in.unread(c);
                consumed--;
            }
        }

        int peek() {
            int c = in.read();
            if (c >= 0) {
                in.unread(c);
            }
            return c;
        }

        /** Skips white space; false if input ended. */
        boolean skipSpace() {
            while (true) {
                int c = read();
                if (c < 0) {
                    return false;
                }
                if (!Ctype.isSpace(c)) {
                    unread(c);
                    return true;
                }
            }
        }
    }

    /** The highest POSIX {@code %n$} position the format names; 0 when it names none. */
    private static int highestPosition(byte[] fmt) {
        int highest = 0;
        for (int i = 0; i < fmt.length - 1; i++) {
            if (fmt[i] == '%') {
                if (fmt[i + 1] == '%') {
                    i++;
                } else {
                    highest = Math.max(highest, ParsedFormat.position(fmt, i + 1));
                }
            }
        }
        return highest;
    }

    /**
     * The pointers of a format that names them by position ({@code %2$d}): all read in order
     * first, since a {@code va_list} can only be read so, then handed to each conversion by its
     * position; one without a position takes the next in order.
     */
    private static final class PositionalPointers implements VarArgs {
        private final long[] pointers;
        private int unnumbered;
        private int selected;

        PositionalPointers(VarArgs args, int positions) {
            pointers = new long[positions + 1];
            for (int at = 1; at <= positions; at++) {
                pointers[at] = args.nextLong();
            }
        }

        void select(int at) {
            selected = at;
        }

        @Override
        public long nextLong() {
            int at = selected > 0 ? selected : ++unnumbered;
            return at < pointers.length ? pointers[at] : 0;
        }

        @Override
        public double nextDouble() {
            return Double.longBitsToDouble(nextLong());
        }
    }

    @TruffleBoundary
    int scan(Input input, byte[] fmt, VarArgs callArgs, Node loc) {
        int positions = highestPosition(fmt);
        PositionalPointers positional = positions > 0 ? new PositionalPointers(callArgs, positions) : null;
        VarArgs args = positional != null ? positional : callArgs;
        Counting in = new Counting(input);
        int done = 0;
        int i = 0;
        int n = fmt.length;
        while (i < n) {
            int f = fmt[i] & 0xff;
            if (Ctype.isSpace(f)) {
                in.skipSpace();
                i++;
                continue;
            }
            if (f != '%' || i + 1 < n && fmt[i + 1] == '%') {
                if (f == '%') {
                    i++;
                    // glibc skips white space before a literal %
                    in.skipSpace();
                }
                int c = in.read();
                if (c < 0) {
                    return done == 0 ? -1 : done;
                }
                if (c != f) {
                    in.unread(c);
                    return done;
                }
                i++;
                continue;
            }
            i++;
            if (positional != null) {
                int at = ParsedFormat.position(fmt, i);
                positional.select(at);
                if (at > 0) {
                    i = ParsedFormat.afterPosition(fmt, i);
                }
            }
            boolean suppress = false;
            if (i < n && fmt[i] == '*') {
                suppress = true;
                i++;
            }
            int width = 0;
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                width = width * 10 + (fmt[i++] - '0');
            }
            int lstart = i;
            while (i < n && "hlLqjzt".indexOf(fmt[i]) >= 0) {
                i++;
            }
            String length = new String(fmt, lstart, i - lstart, StandardCharsets.ISO_8859_1);
            if (i >= n) {
                return done;
            }
            char conv = (char) fmt[i++];
            if (width == 0) {
                width = Integer.MAX_VALUE;
            }
            if (conv != 'c' && conv != '[' && conv != 'n') {
                if (!in.skipSpace()) {
                    return done == 0 ? -1 : done;
                }
            }
            switch (conv) {
                case 'n' -> {
                    if (!suppress) {
                        storeInt(args.nextLong(), length, in.consumed, loc);
                    }
                }
                case 'd', 'i', 'u', 'o', 'x', 'X', 'p' -> {
                    int base = switch (conv) {
                        case 'd', 'u' -> 10;
                        case 'i' -> 0;
                        case 'o' -> 8;
                        default -> 16;
                    };
                    String text = scanInteger(in, width, base);
                    if (text == null) {
                        return done;
                    }
                    Conversions.IntResult r = Conversions.parseInteger(text.getBytes(StandardCharsets.ISO_8859_1), base, conv != 'd' && conv != 'i');
                    if (!suppress) {
                        storeInt(args.nextLong(), conv == 'p' ? "l" : length, r.value, loc);
                        done++;
                    }
                }
                case 'f', 'e', 'g', 'a', 'E', 'G', 'A', 'F' -> {
                    String text = scanFloatText(in, width);
                    Conversions.FloatResult r = null;
                    if (text != null) {
                        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                        // a double's short decimals the quick way; a float must be rounded from the text once, not via a double
                        r = length.equals("l") ? ShortDecimal.parse(bytes, 0) : null;
                        if (r == null) {
                            r = Conversions.parseFloat(bytes, 0, bytes.length, length.isEmpty());
                        }
                    }
                    if (r == null || r.end == 0) {
                        return done;
                    }
                    if (!suppress) {
                        long p = args.nextLong();
                        if (length.equals("l")) {
                            heap.putDouble(p, r.value, loc);
                        } else if (length.equals("L") || length.equals("q")) {
                            Fp80.store(heap, p, Conversions.longDoubleOf(r), loc);
                        } else {
                            heap.putFloat(p, (float) r.value, loc);
                        }
                        done++;
                    }
                }
                case 's' -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    while (b.size() < width) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        if (Ctype.isSpace(c)) {
                            in.unread(c);
                            break;
                        }
                        b.write(c);
                    }
                    if (!suppress) {
                        long p = args.nextLong();
                        byte[] bytes = b.toByteArray();
                        heap.writeBytes(p, bytes, 0, bytes.length, loc);
                        heap.putI8(p + bytes.length, (byte) 0, loc);
                        done++;
                    }
                }
                case 'c' -> {
                    int count = width == Integer.MAX_VALUE ? 1 : width;
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    while (b.size() < count) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        b.write(c);
                    }
                    if (b.size() == 0) {
                        return done == 0 ? -1 : done;
                    }
                    if (!suppress) {
                        long p = args.nextLong();
                        byte[] bytes = b.toByteArray();
                        heap.writeBytes(p, bytes, 0, bytes.length, loc);
                        done++;
                    }
                }
                case '[' -> {
                    boolean[] set = new boolean[256];
                    boolean negate = false;
                    if (i < n && fmt[i] == '^') {
                        negate = true;
                        i++;
                    }
                    int setStart = i;
                    while (i < n && (fmt[i] != ']' || i == setStart)) {
                        int c = fmt[i] & 0xff;
                        if (i + 2 < n && fmt[i + 1] == '-' && fmt[i + 2] != ']' && (fmt[i + 2] & 0xff) >= c) {
                            for (int k = c; k <= (fmt[i + 2] & 0xff); k++) {
                                set[k] = true;
                            }
                            i += 3;
                        } else {
                            set[c] = true;
                            i++;
                        }
                    }
                    i++; // the closing ]
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    while (b.size() < width) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        if (set[c] == negate) {
                            in.unread(c);
                            break;
                        }
                        b.write(c);
                    }
                    if (b.size() == 0) {
                        return in.peek() < 0 && done == 0 ? -1 : done;
                    }
                    if (!suppress) {
                        long p = args.nextLong();
                        byte[] bytes = b.toByteArray();
                        heap.writeBytes(p, bytes, 0, bytes.length, loc);
                        heap.putI8(p + bytes.length, (byte) 0, loc);
                        done++;
                    }
                }
                default -> {
                    return done;
                }
            }
        }
        return done;
    }

    private void storeInt(long p, String length, long v, Node loc) {
        switch (length) {
            case "hh" -> heap.putI8(p, (byte) v, loc);
            case "h" -> heap.putI16(p, (short) v, loc);
            case "" -> heap.putI32(p, (int) v, loc);
            default -> heap.putI64(p, v, loc);
        }
    }

    /** Collects an integer's characters (sign, prefix, digits) up to width; null if no digit. */
    private static String scanInteger(Counting in, int width, int base) {
        StringBuilder b = new StringBuilder();
        int c = in.read();
        if ((c == '+' || c == '-') && b.length() < width) {
            b.append((char) c);
            c = in.read();
        }
        if (c == '0' && b.length() < width && (base == 0 || base == 16)) {
            b.append('0');
            c = in.read();
            if ((c == 'x' || c == 'X') && b.length() < width) {
                b.append((char) c);
                c = in.read();
                base = 16;
            } else if (base == 0) {
                base = 8;
            }
        } else if (base == 0) {
            base = 10;
        }
        while (c >= 0 && b.length() < width && Conversions.digit(c) < base) {
            b.append((char) c);
            c = in.read();
        }
        in.unread(c);
        String s = b.toString();
        boolean hasDigit = false;
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k)) || Conversions.digit(s.charAt(k)) < base && s.charAt(k) != 'x' && s.charAt(k) != 'X') {
                hasDigit = true;
            }
        }
        if (!hasDigit) {
            return null;
        }
        if (s.endsWith("x") || s.endsWith("X")) {
            return s.substring(0, s.length() - 1); // "0x" alone reads as 0
        }
        return s;
    }

    /** Collects the longest prefix that can be part of a floating-point number, up to width. */
    private static String scanFloatText(Counting in, int width) {
        StringBuilder b = new StringBuilder();
        int c = in.read();
        if ((c == '+' || c == '-') && b.length() < width) {
            b.append((char) c);
            c = in.read();
        }
        // inf / infinity / nan
        if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
            String word = (c == 'i' || c == 'I') ? "infinity" : "nan";
            int k = 0;
            while (c >= 0 && k < word.length() && b.length() < width && Character.toLowerCase(c) == word.charAt(k)) {
                b.append((char) c);
                k++;
                c = in.read();
            }
            in.unread(c);
            if (k == word.length() || word.equals("infinity") && k == 3) {
                return b.toString();
            }
            return null;
        }
        boolean hex = false;
        boolean digits = false;
        boolean dot = false;
        boolean exp = false;
        if (c == '0' && b.length() < width) {
            b.append('0');
            digits = true;
            c = in.read();
            if ((c == 'x' || c == 'X') && b.length() < width) {
                b.append((char) c);
                hex = true;
                digits = false;
                c = in.read();
            }
        }
        while (c >= 0 && b.length() < width) {
            if (hex ? Conversions.digit(c) < 16 : c >= '0' && c <= '9') {
                if (exp) {
                    break;
                }
                digits = true;
            } else if (c == '.' && !dot && !exp) {
                dot = true;
            } else if (!exp && digits && (hex ? (c | 0x20) == 'p' : (c | 0x20) == 'e')) {
                exp = true;
                b.append((char) c);
                c = in.read();
                if ((c == '+' || c == '-') && b.length() < width) {
                    b.append((char) c);
                    c = in.read();
                }
                while (c >= '0' && c <= '9' && b.length() < width) {
                    b.append((char) c);
                    c = in.read();
                }
                break;
            } else {
                break;
            }
            b.append((char) c);
            c = in.read();
        }
        in.unread(c);
        return digits ? b.toString() : null;
    }
}
