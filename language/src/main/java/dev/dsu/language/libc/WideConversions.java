package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/**
 * Between multibyte and wide characters in the C locale (glibc's is 7-bit ASCII: a byte above
 * 0x7f or a wide character above 0x7f is EILSEQ), and the wcsto* number parsers.
 */
final class WideConversions {
    private static final int WCHAR = WideStrings.WCHAR;

    private final Heap heap;
    private final Errno errno;

    WideConversions(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    /**
     * A wide string as the bytes the narrow parsers read. A non-ASCII character becomes a byte
     * that no number syntax accepts, so parsing stops there as it would on the wide string.
     */
    @TruffleBoundary
    private byte[] narrowed(long s, Node loc) {
        long n = 0;
        while (heap.getI32(s + WCHAR * n, loc) != 0) {
            n++;
        }
        byte[] b = new byte[(int) n];
        for (int k = 0; k < n; k++) {
            int c = heap.getI32(s + WCHAR * (long) k, loc);
            b[k] = c > 0 && c < 128 ? (byte) c : (byte) 0xff;
        }
        return b;
    }

    long wcstol(long nptr, long endptr, int base, boolean unsigned, Node loc) {
        if (base < 0 || base == 1 || base > 36) {
            errno.set(Errno.EINVAL);
            if (endptr != 0) {
                heap.putI64(endptr, nptr, loc);
            }
            return 0;
        }
        Conversions.IntResult r = Conversions.parseInteger(narrowed(nptr, loc), base, unsigned);
        if (endptr != 0) {
            heap.putI64(endptr, nptr + (long) WCHAR * r.end, loc);
        }
        if (r.overflow) {
            errno.set(Errno.ERANGE);
        }
        return r.value;
    }

    private Conversions.FloatResult parseFloat(long nptr, long endptr, boolean asFloat, Node loc) {
        byte[] s = narrowed(nptr, loc);
        int i = 0;
        while (i < s.length && Ctype.isSpace(s[i] & 0xff)) {
            i++;
        }
        Conversions.FloatResult r = Conversions.parseFloat(s, i, s.length, asFloat);
        if (r.end == i) {
            r.end = 0;
            r.value = 0;
            r.text = null;
        }
        if (endptr != 0) {
            heap.putI64(endptr, nptr + (long) WCHAR * r.end, loc);
        }
        return r;
    }

    double wcstod(long nptr, long endptr, boolean asFloat, Node loc) {
        Conversions.FloatResult r = parseFloat(nptr, endptr, asFloat, loc);
        if (r.text != null) {
            double a = Math.abs(r.value);
            boolean tiny = asFloat ? a < Float.MIN_NORMAL : a < Double.MIN_NORMAL;
            if (Double.isInfinite(r.value) || tiny && nonzeroMantissa(r.text)) {
                errno.set(Errno.ERANGE);
            }
        }
        return r.value;
    }

    /** Whether the converted text (sign, optional 0x, digits, exponent) denotes a nonzero number. */
    private static boolean nonzeroMantissa(String text) {
        String t = text.startsWith("-") ? text.substring(1) : text;
        boolean hex = t.startsWith("0x") || t.startsWith("0X");
        if (hex) {
            t = t.substring(2);
        }
        for (int k = 0; k < t.length(); k++) {
            char c = Character.toLowerCase(t.charAt(k));
            if (c == (hex ? 'p' : 'e')) {
                break;
            }
            if (c >= '1' && c <= '9' || hex && c >= 'a' && c <= 'f') {
                return true;
            }
        }
        return false;
    }

    LongDouble wcstold(long nptr, long endptr, Node loc) {
        Conversions.FloatResult r = parseFloat(nptr, endptr, false, loc);
        if (r.end == 0) {
            return LongDouble.ZERO;
        }
        return Conversions.longDoubleOf(r);
    }

    // ---- multibyte <-> wide, C locale ----

    long mbstowcs(long dst, long src, long n, Node loc) {
        long k = 0;
        for (;; k++) {
            if (dst != 0 && k >= n) {
                return k;
            }
            int b = heap.getI8(src + k, loc) & 0xff;
            if (b >= 0x80) {
                errno.set(Errno.EILSEQ);
                return -1;
            }
            if (dst != 0) {
                heap.putI32(dst + WCHAR * k, b, loc);
            }
            if (b == 0) {
                return k;
            }
        }
    }

    long wcstombs(long dst, long src, long n, Node loc) {
        long k = 0;
        for (;; k++) {
            if (dst != 0 && k >= n) {
                return k;
            }
            int c = heap.getI32(src + WCHAR * k, loc);
            if (c < 0 || c >= 0x80) {
                errno.set(Errno.EILSEQ);
                return -1;
            }
            if (dst != 0) {
                heap.putI8(dst + k, (byte) c, loc);
            }
            if (c == 0) {
                return k;
            }
        }
    }

    /** mbrtowc's answer for one character: 0 for NUL, 1 for a byte, -2 incomplete, -1 EILSEQ. */
    long mbrtowc(long pwc, long s, long n, Node loc) {
        if (s == 0) {
            return 0;
        }
        if (n == 0) {
            return -2;
        }
        int b = heap.getI8(s, loc) & 0xff;
        if (b >= 0x80) {
            errno.set(Errno.EILSEQ);
            return -1;
        }
        if (pwc != 0) {
            heap.putI32(pwc, b, loc);
        }
        return b == 0 ? 0 : 1;
    }

    long wcrtomb(long s, int wc, Node loc) {
        if (s == 0) {
            return 1; // the length of the initial shift sequence plus NUL
        }
        if (wc < 0 || wc >= 0x80) {
            errno.set(Errno.EILSEQ);
            return -1;
        }
        heap.putI8(s, (byte) wc, loc);
        return 1;
    }

    void register(Map<String, Builtin> m) {
        Builtin wcstol = (a, loc) -> wcstol(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2), false, loc);
        Builtin wcstoul = (a, loc) -> wcstol(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2), true, loc);
        for (String prefix : new String[]{"", "__isoc23_"}) {
            m.put(prefix + "wcstol", wcstol);
            m.put(prefix + "wcstoll", wcstol);
            m.put(prefix + "wcstoimax", wcstol);
            m.put(prefix + "wcstoul", wcstoul);
            m.put(prefix + "wcstoull", wcstoul);
            m.put(prefix + "wcstoumax", wcstoul);
        }
        m.put("wcstod", (a, loc) -> wcstod(Args.l(a, 0), Args.l(a, 1), false, loc));
        m.put("wcstof", (a, loc) -> (float) wcstod(Args.l(a, 0), Args.l(a, 1), true, loc));
        m.put("wcstold", (a, loc) -> wcstold(Args.l(a, 0), Args.l(a, 1), loc));

        m.put("mbstowcs", (a, loc) -> mbstowcs(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("wcstombs", (a, loc) -> wcstombs(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("mbsrtowcs", (a, loc) -> {
            long srcp = Args.l(a, 1);
            long src = heap.getI64(srcp, loc);
            long r = mbstowcs(Args.l(a, 0), src, Args.l(a, 2), loc);
            if (Args.l(a, 0) != 0 && r >= 0) {
                // a finished conversion sets *src to NULL; a stopped one past what was converted
                boolean finished = heap.getI8(src + r, loc) == 0 && r < Args.l(a, 2);
                heap.putI64(srcp, finished ? 0 : src + r, loc);
            }
            return r;
        });
        m.put("wcsrtombs", (a, loc) -> {
            long srcp = Args.l(a, 1);
            long src = heap.getI64(srcp, loc);
            long r = wcstombs(Args.l(a, 0), src, Args.l(a, 2), loc);
            if (Args.l(a, 0) != 0 && r >= 0) {
                boolean finished = heap.getI32(src + WCHAR * r, loc) == 0 && r < Args.l(a, 2);
                heap.putI64(srcp, finished ? 0 : src + WCHAR * r, loc);
            }
            return r;
        });
        m.put("mbtowc", (a, loc) -> {
            long r = mbrtowc(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc);
            return r < 0 ? -1L : r;
        });
        m.put("mbrtowc", (a, loc) -> mbrtowc(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("mblen", (a, loc) -> {
            long r = mbrtowc(0, Args.l(a, 0), Args.l(a, 1), loc);
            return r < 0 ? -1L : r;
        });
        m.put("mbrlen", (a, loc) -> mbrtowc(0, Args.l(a, 0), Args.l(a, 1), loc));
        m.put("wctomb", (a, loc) -> Args.l(a, 0) == 0 ? 0L : wcrtomb(Args.l(a, 0), Args.i(a, 1), loc));
        m.put("wcrtomb", (a, loc) -> wcrtomb(Args.l(a, 0), Args.i(a, 1), loc));
        m.put("mbsinit", (a, loc) -> 1L); // the C locale has no shift states
        m.put("btowc", (a, loc) -> {
            int c = Args.i(a, 0);
            return c >= 0 && c < 0x80 ? (long) c : WideStrings.WEOF;
        });
        m.put("wctob", (a, loc) -> {
            long c = Args.u32(a, 0);
            return c < 0x80 ? c : -1L;
        });
    }
}
