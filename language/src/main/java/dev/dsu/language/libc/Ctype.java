package dev.dsu.language.libc;

import java.util.Map;
import java.util.function.IntPredicate;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** ctype.h in the C locale, including the tables glibc's macros index directly. */
final class Ctype {
    // glibc's class bits as they read on a little-endian machine
    static final int UPPER = 0x100, LOWER = 0x200, ALPHA = 0x400, DIGIT = 0x800, XDIGIT = 0x1000, SPACE = 0x2000, PRINT = 0x4000,
                    GRAPH = 0x8000, BLANK = 0x1, CNTRL = 0x2, PUNCT = 0x4, ALNUM = 0x8;

    private final long classLoc;
    private final long upperLoc;
    private final long lowerLoc;

    Ctype(Heap heap) {
        // tables are indexed -128..255; the published pointer points at index 0
        long classes = heap.allocate(384 * 2, MemoryObject.Kind.CONSTANT, "__ctype_b");
        long upper = heap.allocate(384 * 4, MemoryObject.Kind.CONSTANT, "__ctype_toupper");
        long lower = heap.allocate(384 * 4, MemoryObject.Kind.CONSTANT, "__ctype_tolower");
        for (int c = -128; c < 256; c++) {
            int k = c + 128;
            heap.putI16(classes + 2L * k, (short) (c >= 0 ? classBits(c) : 0), null);
            int base = c < -1 ? c + 256 : c;
            heap.putI32(upper + 4L * k, c >= 0 ? upper(c) : base, null);
            heap.putI32(lower + 4L * k, c >= 0 ? lower(c) : base, null);
        }
        classLoc = pointerTo(heap, classes + 256, "__ctype_b_loc");
        upperLoc = pointerTo(heap, upper + 512, "__ctype_toupper_loc");
        lowerLoc = pointerTo(heap, lower + 512, "__ctype_tolower_loc");
    }

    private static long pointerTo(Heap heap, long target, String name) {
        long p = heap.allocate(8, MemoryObject.Kind.GLOBAL, name);
        heap.putI64(p, target, null);
        return p;
    }

    static int classBits(int c) {
        int bits = 0;
        if (c >= 'A' && c <= 'Z') {
            bits |= UPPER | ALPHA | ALNUM;
        }
        if (c >= 'a' && c <= 'z') {
            bits |= LOWER | ALPHA | ALNUM;
        }
        if (c >= '0' && c <= '9') {
            bits |= DIGIT | ALNUM;
        }
        if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
            bits |= XDIGIT;
        }
        if (c == ' ' || c >= '\t' && c <= '\r') {
            bits |= SPACE;
        }
        if (c == ' ' || c == '\t') {
            bits |= BLANK;
        }
        if (c < 32 || c == 127) {
            bits |= CNTRL;
        }
        if (c >= 32 && c < 127) {
            bits |= PRINT;
        }
        if (c > 32 && c < 127) {
            bits |= GRAPH;
            if ((bits & ALNUM) == 0) {
                bits |= PUNCT;
            }
        }
        return bits;
    }

    static int upper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static void predicate(Map<String, Builtin> m, String name, int bit) {
        IntPredicate p = c -> c >= 0 && c < 256 && (classBits(c) & bit) != 0;
        m.put(name, IntegerBuiltin.unary((c, loc) -> p.test((int) c) ? bit : 0));
    }

    void register(Map<String, Builtin> m) {
        m.put("__ctype_b_loc", (a, loc) -> classLoc);
        m.put("__ctype_toupper_loc", (a, loc) -> upperLoc);
        m.put("__ctype_tolower_loc", (a, loc) -> lowerLoc);
        predicate(m, "isalpha", ALPHA);
        predicate(m, "isdigit", DIGIT);
        predicate(m, "isalnum", ALNUM);
        predicate(m, "isspace", SPACE);
        predicate(m, "isupper", UPPER);
        predicate(m, "islower", LOWER);
        predicate(m, "isprint", PRINT);
        predicate(m, "ispunct", PUNCT);
        predicate(m, "isxdigit", XDIGIT);
        predicate(m, "iscntrl", CNTRL);
        predicate(m, "isgraph", GRAPH);
        predicate(m, "isblank", BLANK);
        m.put("isascii", (a, loc) -> (Args.i(a, 0) & ~0x7f) == 0 ? 1L : 0L);
        m.put("toascii", (a, loc) -> (long) (Args.i(a, 0) & 0x7f));
        m.put("toupper", IntegerBuiltin.unary((wide, loc) -> {
            int c = (int) wide;
            return c >= 0 && c < 256 ? upper(c) : c;
        }));
        m.put("tolower", IntegerBuiltin.unary((wide, loc) -> {
            int c = (int) wide;
            return c >= 0 && c < 256 ? lower(c) : c;
        }));
        m.put("_toupper", (a, loc) -> (long) upper(Args.i(a, 0)));
        m.put("_tolower", (a, loc) -> (long) lower(Args.i(a, 0)));
    }
}
