package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/**
 * The wprintf family and wide-character stream I/O in the C locale. A wide format is narrowed
 * and run through the byte formatter ({@link Printf}), which already reads %ls and %lc; the
 * result is widened back (swprintf) or written as ASCII bytes (streams).
 * <p>
 * Limitations: a format or argument character above 0xff is refused with EILSEQ (-1) rather than
 * passed through swprintf, and stream orientation (fwide, narrow and wide output refusing to mix)
 * is not tracked: wide output simply joins the stream's bytes.
 */
final class WideFormat {
    private static final int WCHAR = WideStrings.WCHAR;

    private final Heap heap;
    private final Errno errno;
    private final Stdio stdio;
    private final Printf printf;

    WideFormat(Heap heap, Errno errno, Stdio stdio) {
        this.heap = heap;
        this.errno = errno;
        this.stdio = stdio;
        this.printf = new Printf(heap, errno);
    }

    /** The wide format as bytes, or null when it holds a character no byte can carry. */
    private byte[] narrowFormat(long fmt, Node loc) {
        long n = 0;
        while (heap.getI32(fmt + WCHAR * n, loc) != 0) {
            n++;
        }
        byte[] b = new byte[(int) n];
        for (int k = 0; k < n; k++) {
            int c = heap.getI32(fmt + WCHAR * (long) k, loc);
            if (c < 0 || c > 0xff) {
                return null;
            }
            b[k] = (byte) c;
        }
        return b;
    }

    private byte[] format(long fmt, VarArgs va, Node loc) {
        byte[] f = narrowFormat(fmt, loc);
        if (f == null) {
            errno.set(Errno.EILSEQ);
            return null;
        }
        return printf.format(f, va, loc);
    }

    /** swprintf: at most size wide characters with the NUL; -1 when the output did not fit. */
    @TruffleBoundary
    long toBuffer(long buf, long size, long fmt, VarArgs va, Node loc) {
        byte[] out = format(fmt, va, loc);
        if (out == null) {
            return -1;
        }
        if (size > 0) {
            int n = (int) Math.min(out.length, size - 1);
            for (int k = 0; k < n; k++) {
                heap.putI32(buf + WCHAR * (long) k, out[k] & 0xff, loc);
            }
            heap.putI32(buf + WCHAR * (long) n, 0, loc);
        }
        return out.length < size ? out.length : -1;
    }

    /** Writes the formatted text to a stream; in the C locale only ASCII converts to bytes. */
    @TruffleBoundary
    long toStream(Stdio.Stream s, long fmt, VarArgs va, Node loc) {
        byte[] out = format(fmt, va, loc);
        if (out == null) {
            return -1;
        }
        for (byte b : out) {
            if (b < 0) {
                errno.set(Errno.EILSEQ);
                return -1;
            }
        }
        return stdio.write(s, out) ? out.length : -1;
    }

    @TruffleBoundary
    private long putwc(int wc, Stdio.Stream s) {
        if (wc < 0 || wc >= 0x80) {
            errno.set(Errno.EILSEQ);
            return WideStrings.WEOF;
        }
        return stdio.write(s, new byte[]{(byte) wc}) ? wc : WideStrings.WEOF;
    }

    @TruffleBoundary
    private long getwc(Stdio.Stream s) {
        int c = stdio.getc(s);
        if (c < 0) {
            return WideStrings.WEOF;
        }
        if (c >= 0x80) {
            errno.set(Errno.EILSEQ);
            return WideStrings.WEOF;
        }
        return c;
    }

    private VarArgs args(Object[] a, int index, boolean vaList, Node loc) {
        return vaList ? VarArgs.ofVaList(heap, Args.l(a, index), loc) : VarArgs.of(a, index);
    }

    void register(Map<String, Builtin> m) {
        m.put("swprintf", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), args(a, 3, false, loc), loc));
        m.put("vswprintf", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), args(a, 3, true, loc), loc));
        m.put("wprintf", (a, loc) -> toStream(stdio.stdout, Args.l(a, 0), args(a, 1, false, loc), loc));
        m.put("vwprintf", (a, loc) -> toStream(stdio.stdout, Args.l(a, 0), args(a, 1, true, loc), loc));
        m.put("fwprintf", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("vfwprintf", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, true, loc), loc));

        m.put("fputwc", (a, loc) -> putwc(Args.i(a, 0), stdio.stream(Args.l(a, 1), loc)));
        m.put("putwc", m.get("fputwc"));
        m.put("putwchar", (a, loc) -> putwc(Args.i(a, 0), stdio.stdout));
        m.put("fputws", (a, loc) -> {
            long s = Args.l(a, 0);
            Stdio.Stream st = stdio.stream(Args.l(a, 1), loc);
            for (long k = 0;; k++) {
                int c = heap.getI32(s + WCHAR * k, loc);
                if (c == 0) {
                    return 1L;
                }
                if (putwc(c, st) == WideStrings.WEOF) {
                    return -1L;
                }
            }
        });
        m.put("fgetwc", (a, loc) -> getwc(stdio.stream(Args.l(a, 0), loc)));
        m.put("getwc", m.get("fgetwc"));
        m.put("getwchar", (a, loc) -> getwc(stdio.stdin));
        m.put("fwide", (a, loc) -> (long) Integer.signum(Args.i(a, 1))); // orientation is not tracked
    }
}
