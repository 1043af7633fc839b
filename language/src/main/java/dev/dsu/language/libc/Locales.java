package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** locale.h with only the C locale (also known as POSIX) available. */
final class Locales {
    // struct lconv on x86-64: ten char* then fourteen char fields
    private static final int LCONV_POINTERS = 10, LCONV_CHARS = 14;
    private static final byte CHAR_MAX = 127;

    private final Heap heap;
    private final long cName;
    private final long lconv;
    private final long codeset;
    private final long empty;

    Locales(Heap heap) {
        this.heap = heap;
        this.cName = constant("C");
        empty = constant("");
        lconv = heap.allocate(8 * LCONV_POINTERS + LCONV_CHARS + 2, MemoryObject.Kind.CONSTANT, "lconv");
        heap.putI64(lconv, constant("."), null); // decimal_point; every other string is empty
        for (int k = 1; k < LCONV_POINTERS; k++) {
            heap.putI64(lconv + 8L * k, empty, null);
        }
        heap.fill(lconv + 8 * LCONV_POINTERS, CHAR_MAX, LCONV_CHARS, null);
        codeset = constant("ANSI_X3.4-1968");
    }

    private long constant(String s) {
        return heap.allocateCString(s.getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.CONSTANT, "locale string");
    }

    /** setlocale: a query, or a request for "", "C" or "POSIX", answers "C"; any other locale is unavailable. */
    long setlocale(int category, long name, Node loc) {
        if (category < 0 || category > 12 || category == 7) { // 7 is no category (LC_ALL is 6)
            return 0;
        }
        if (name == 0) {
            return cName;
        }
        String n = heap.readCString(name, loc);
        return n.isEmpty() || n.equals("C") || n.equals("POSIX") ? cName : 0;
    }

    void register(Map<String, Builtin> m) {
        m.put("setlocale", (a, loc) -> setlocale(Args.i(a, 0), Args.l(a, 1), loc));
        m.put("localeconv", (a, loc) -> lconv);
        m.put("nl_langinfo", (a, loc) -> Args.i(a, 0) == 14 ? codeset : empty); // 14 = CODESET; other items are not provided
    }
}
