package dev.dsu.language.libc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/** The strto* and ato* conversions; the number syntax is shared with scanf. */
final class Conversions {
    private final Heap heap;
    private final Errno errno;

    Conversions(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    /** Result of an integer parse: value, end index, whether it overflowed. */
    static final class IntResult {
        long value;
        int end;
        boolean overflow;
    }

    static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 99;
    }

    /**
     * strtol/strtoul over s starting at 0 (leading space skipped here). Unsigned wraps a negated
     * value as C does; end is 0 when no digits were found.
     */
    @TruffleBoundary
    static IntResult parseInteger(byte[] s, int base, boolean unsigned) {
        IntResult r = new IntResult();
        int i = 0;
        int n = s.length;
        while (i < n && Ctype.isSpace(s[i] & 0xff)) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if ((base == 0 || base == 16) && i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
            if (i + 2 < n && digit(s[i + 2]) < 16) {
                base = 16;
                i += 2;
            } else {
                // "0x" without hex digits: only the 0 converts
                r.end = i + 1;
                return r;
            }
        }
        if (base == 0) {
            base = i < n && s[i] == '0' ? 8 : 10;
        }
        BigInteger acc = BigInteger.ZERO;
        long fast = 0;
        boolean big = false;
        int start = i;
        while (i < n && digit(s[i]) < base) {
            int d = digit(s[i]);
            if (!big) {
                if (fast > (Long.MAX_VALUE - d) / base) {
                    big = true;
                    acc = BigInteger.valueOf(fast);
                } else {
                    fast = fast * base + d;
                }
            }
            if (big) {
                acc = acc.multiply(BigInteger.valueOf(base)).add(BigInteger.valueOf(d));
            }
            i++;
        }
        if (i == start) {
            r.end = 0;
            return r;
        }
        r.end = i;
        if (!big) {
            // fits in 63 bits: no overflow either way, and unsigned wraps the negation the same
            r.value = negative ? -fast : fast;
            return r;
        }
        if (unsigned) {
            if (acc.bitLength() > 64) {
                r.overflow = true;
                r.value = -1;
            } else {
                long v = acc.longValue();
                r.value = negative ? -v : v;
            }
        } else {
            BigInteger v = negative ? acc.negate() : acc;
            if (v.bitLength() > 63) {
                r.overflow = true;
                r.value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            } else {
                r.value = v.longValue();
            }
        }
        return r;
    }

    /** Result of a floating-point parse. */
    static final class FloatResult {
        double value;
        int end;
        /** The exact text converted (for float-precision parsing). */
        String text;
    }

    private static boolean matchWord(byte[] s, int i, String w) {
        if (i + w.length() > s.length) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if ((s[i + k] | 0x20) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** strtod's syntax over s[from..limit); end == from when nothing converts. */
    @TruffleBoundary
    static FloatResult parseFloat(byte[] s, int from, int limit, boolean asFloat) {
        FloatResult r = new FloatResult();
        r.end = from;
        int n = Math.min(limit, s.length);
        int i = from;
        boolean negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        byte[] t = n == s.length ? s : java.util.Arrays.copyOf(s, n);
        if (matchWord(t, i, "inf")) {
            i += matchWord(t, i, "infinity") ? 8 : 3;
            r.value = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            r.end = i;
            return r;
        }
        if (matchWord(t, i, "nan")) {
            i += 3;
            if (i < n && t[i] == '(') {
                int k = i + 1;
                while (k < n && (Character.isLetterOrDigit(t[k]) || t[k] == '_')) {
                    k++;
                }
                if (k < n && t[k] == ')') {
                    i = k + 1;
                }
            }
            r.value = negative ? -Double.NaN : Double.NaN;
            if (negative) {
                r.value = Double.longBitsToDouble(0xfff8000000000000L);
            }
            r.end = i;
            return r;
        }
        boolean hex = i + 1 < n && t[i] == '0' && (t[i + 1] | 0x20) == 'x';
        int radix = hex ? 16 : 10;
        int j = hex ? i + 2 : i;
        int digits = 0;
        StringBuilder mant = new StringBuilder();
        while (j < n && digit(t[j]) < radix) {
            mant.append((char) t[j++]);
            digits++;
        }
        StringBuilder frac = new StringBuilder();
        if (j < n && t[j] == '.') {
            int k = j + 1;
            while (k < n && digit(t[k]) < radix) {
                frac.append((char) t[k++]);
                digits++;
            }
            if (digits > 0) {
                j = k;
            }
        }
        if (digits == 0) {
            if (hex) {
                // "0x" with no digits: the 0 alone converts
                r.value = negative ? -0.0 : 0.0;
                r.end = i + 1;
            }
            return r;
        }
        String exp = "";
        char expChar = hex ? 'p' : 'e';
        if (j < n && (t[j] | 0x20) == expChar) {
            int k = j + 1;
            StringBuilder e = new StringBuilder();
            if (k < n && (t[k] == '+' || t[k] == '-')) {
                e.append((char) t[k++]);
            }
            int ds = k;
            while (k < n && t[k] >= '0' && t[k] <= '9') {
                e.append((char) t[k++]);
            }
            if (k > ds) {
                exp = e.toString();
                j = k;
            }
        }
        String text;
        if (hex) {
            String e = exp.isEmpty() ? "0" : exp;
            // keep the exponent parseable: clamp absurd exponents to values that still round correctly
            text = "0x" + (mant.length() == 0 ? "0" : mant) + "." + frac + "p" + clampExp(e);
        } else {
            text = (mant.length() == 0 ? "0" : mant) + "." + frac + (exp.isEmpty() ? "" : "e" + clampExp(exp));
        }
        double v = asFloat ? Float.parseFloat(text) : Double.parseDouble(text);
        r.value = negative ? -v : v;
        r.text = (negative ? "-" : "") + text;
        r.end = j;
        return r;
    }

    /** The long double nearest to what parseFloat read (its exact text), rounded once. */
    static LongDouble longDoubleOf(FloatResult r) {
        if (r.text == null) {
            return LongDouble.fromDouble(r.value); // inf, nan, or the 0 of a bare "0x"
        }
        return dev.dsu.nodes.fp80.LongDoubleParser.parse(r.text);
    }

    /** strtold: strtod's syntax, converted to long double precision. */
    @TruffleBoundary
    LongDouble strtold(long nptr, long endptr, Node loc) {
        byte[] s = str(nptr, loc);
        int i = 0;
        while (i < s.length && Ctype.isSpace(s[i] & 0xff)) {
            i++;
        }
        FloatResult r = parseFloat(s, i, s.length, false);
        int end = r.end == i ? 0 : r.end;
        if (endptr != 0) {
            heap.putI64(endptr, nptr + end, loc);
        }
        if (end == 0) {
            return LongDouble.ZERO;
        }
        LongDouble v = longDoubleOf(r);
        if (r.text != null && (v.isInfinite() || v.biasedExponent() == 0 && !isZeroText(r.text))) {
            errno.set(Errno.ERANGE);
        }
        return v;
    }

    private static String clampExp(String e) {
        try {
            long v = Long.parseLong(e.startsWith("+") ? e.substring(1) : e);
            return Long.toString(Math.max(-99999, Math.min(99999, v)));
        } catch (NumberFormatException x) {
            return e.startsWith("-") ? "-99999" : "99999";
        }
    }

    /** A C string as bytes without its NUL. */
    private byte[] str(long p, Node loc) {
        return heap.readCStringBytes(p, loc);
    }

    @TruffleBoundary
    long strtol(long nptr, long endptr, int base, boolean unsigned, Node loc) {
        if (base < 0 || base == 1 || base > 36) {
            errno.set(Errno.EINVAL);
            if (endptr != 0) {
                heap.putI64(endptr, nptr, loc);
            }
            return 0;
        }
        IntResult r = parseInteger(str(nptr, loc), base, unsigned);
        if (endptr != 0) {
            heap.putI64(endptr, nptr + r.end, loc);
        }
        if (r.overflow) {
            errno.set(Errno.ERANGE);
        }
        return r.value;
    }

    @TruffleBoundary
    double strtod(long nptr, long endptr, boolean asFloat, Node loc) {
        byte[] s = str(nptr, loc);
        int i = 0;
        while (i < s.length && Ctype.isSpace(s[i] & 0xff)) {
            i++;
        }
        FloatResult r = asFloat ? null : ShortDecimal.parse(s, i);
        if (r == null) {
            r = parseFloat(s, i, s.length, asFloat);
        }
        int end = r.end == i ? 0 : r.end;
        if (endptr != 0) {
            heap.putI64(endptr, nptr + end, loc);
        }
        if (end != 0 && r.text != null) {
            double a = Math.abs(r.value);
            boolean overflow = Double.isInfinite(r.value);
            boolean underflow = asFloat ? a < Float.MIN_NORMAL : a < Double.MIN_NORMAL;
            if (overflow || underflow && !isZeroText(r.text)) {
                errno.set(Errno.ERANGE);
            }
        }
        return r.value;
    }

    private static boolean isZeroText(String text) {
        int p = text.indexOf('p');
        int e = text.indexOf('e');
        int end = p >= 0 ? p : e >= 0 ? e : text.length();
        String m = text.substring(0, end).replace("0x", "");
        for (int k = 0; k < m.length(); k++) {
            char c = m.charAt(k);
            if (c != '0' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    void register(Map<String, Builtin> m) {
        Builtin strtol = (a, loc) -> strtol(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2), false, loc);
        Builtin strtoul = (a, loc) -> strtol(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2), true, loc);
        for (String prefix : new String[]{"", "__isoc23_"}) {
            m.put(prefix + "strtol", strtol);
            m.put(prefix + "strtoll", strtol);
            m.put(prefix + "strtoq", strtol);
            m.put(prefix + "strtoimax", strtol);
            m.put(prefix + "strtoul", strtoul);
            m.put(prefix + "strtoull", strtoul);
            m.put(prefix + "strtouq", strtoul);
            m.put(prefix + "strtoumax", strtoul);
        }
        m.put("__strtol_internal", strtol);
        m.put("__strtoul_internal", strtoul);
        m.put("__strtoll_internal", strtol);
        m.put("__strtoull_internal", strtoul);
        m.put("strtod", (a, loc) -> strtod(Args.l(a, 0), Args.l(a, 1), false, loc));
        m.put("strtold", (a, loc) -> strtold(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("strtof", (a, loc) -> (float) strtod(Args.l(a, 0), Args.l(a, 1), true, loc));
        // glibc's are strtol(s, NULL, 10): ERANGE on overflow, and atoi cuts the long to an int
        m.put("atoi", (a, loc) -> (long) (int) strtol(Args.l(a, 0), 0, 10, false, loc));
        m.put("atol", (a, loc) -> strtol(Args.l(a, 0), 0, 10, false, loc));
        m.put("atoll", m.get("atol"));
        // glibc's is strtod(s, NULL)
        m.put("atof", (a, loc) -> strtod(Args.l(a, 0), 0, false, loc));
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
