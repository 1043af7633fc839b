package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/** string.h extensions that are more than a loop: memccpy and GNU strverscmp. */
final class StringExtras {
    private final Heap heap;

    StringExtras(Heap heap) {
        this.heap = heap;
    }

    /** Copies up to n bytes, stopping after the first c; the byte after it, or 0 if c never came. */
    long memccpy(long dst, long src, int c, long n, Node loc) {
        byte stop = (byte) c;
        for (long k = 0; k < n; k++) {
            byte b = heap.getI8(src + k, loc);
            heap.putI8(dst + k, b, loc);
            if (b == stop) {
                return dst + k + 1;
            }
        }
        return 0;
    }

    // where the common prefix ends, for strverscmp
    private static final int PLAIN = 0, INTEGRAL = 1, FRACTION = 2, ZEROS = 3;

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Version order: digit runs compare as numbers ("9" < "10"), except runs with leading zeros,
     * which are fractions and compare as text, a run of zeros alone ranking below its shorter
     * self ("000" < "00" < "01" < "09" < "0" < "1").
     */
    long strverscmp(long s1, long s2, Node loc) {
        int state = PLAIN;
        long k = 0;
        int c1, c2;
        while (true) {
            c1 = heap.getI8(s1 + k, loc) & 0xff;
            c2 = heap.getI8(s2 + k, loc) & 0xff;
            if (c1 != c2 || c1 == 0) {
                break;
            }
            if (!digit(c1)) {
                state = PLAIN;
            } else if (c1 == '0') {
                state = state == PLAIN ? ZEROS : state;
            } else {
                state = state == PLAIN ? INTEGRAL : state == ZEROS ? FRACTION : state;
            }
            k++;
        }
        if (c1 == c2) {
            return 0;
        }
        int diff = c1 - c2;
        boolean d1 = digit(c1), d2 = digit(c2);
        switch (state) {
            case PLAIN:
                // a run starting here: two nonzero leading digits make it integral
                return d1 && d2 && c1 != '0' && c2 != '0' ? byLength(s1, s2, k, diff, loc) : diff;
            case INTEGRAL:
                if (d1 && d2) {
                    return byLength(s1, s2, k, diff, loc);
                }
                return d1 ? 1 : d2 ? -1 : diff; // the longer integral run is the larger number
            case ZEROS:
                if (d1 && d2) {
                    return diff;
                }
                // more leading zeros means a smaller fraction
                return d1 ? -1 : d2 ? 1 : diff;
            default:
                return diff;
        }
    }

    /** Integral runs that differ at k: the one with more digits left is larger, else the digit decides. */
    private long byLength(long s1, long s2, long k, int diff, Node loc) {
        long j = k;
        while (true) {
            boolean d1 = digit(heap.getI8(s1 + j, loc));
            boolean d2 = digit(heap.getI8(s2 + j, loc));
            if (!d1 || !d2) {
                return d1 ? 1 : d2 ? -1 : diff;
            }
            j++;
        }
    }

    void register(Map<String, Builtin> m) {
        m.put("memccpy", (a, loc) -> memccpy(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2), Args.l(a, 3), loc));
        m.put("__memccpy", m.get("memccpy"));
        m.put("strverscmp", (a, loc) -> strverscmp(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("__strverscmp", m.get("strverscmp"));
    }
}
