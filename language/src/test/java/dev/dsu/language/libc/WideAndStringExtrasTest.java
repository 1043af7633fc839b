package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dsu.nodes.memory.MemoryObject;

class WideAndStringExtrasTest {
    private static final String[] VERSIONS = {"000", "00", "01", "010", "09", "0", "1", "9", "10", "a", "a1", "a01", "a001", "a10", "a9", "1.2", "1.10", "1.02",
                    "abc", "ab", "", "item02b", "item2a", "x00y", "x0y"};

    @Test
    void strverscmpMatchesGlibc() throws Exception {
        StringBuilder c = new StringBuilder("#define _GNU_SOURCE\n#include <stdio.h>\n#include <string.h>\nint main(void){ const char *v[] = {");
        for (String v : VERSIONS) {
            c.append(LibcTestSupport.cString(v)).append(',');
        }
        c.append("}; int n = sizeof v / sizeof *v; for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { int r = strverscmp(v[i], v[j]);"
                        + " printf(\"%d\", (r > 0) - (r < 0) + 1); } printf(\"\\n\"); } return 0; }\n");
        String expected = LibcTestSupport.runC(c.toString(), "");
        LibcTestSupport t = new LibcTestSupport();
        StringBuilder ours = new StringBuilder();
        for (String x : VERSIONS) {
            for (String y : VERSIONS) {
                ours.append(Long.signum(t.callL("strverscmp", t.cstr(x), t.cstr(y))) + 1);
            }
            ours.append('\n');
        }
        assertEquals(expected, ours.toString());
    }

    private static long wide(LibcTestSupport t, String s) {
        long p = t.heap.allocate(4L * (s.length() + 1), MemoryObject.Kind.GLOBAL, "wstr");
        for (int k = 0; k < s.length(); k++) {
            t.heap.putI32(p + 4L * k, s.charAt(k), null);
        }
        return p;
    }

    @Test
    void wideStringsAndSwprintf() {
        LibcTestSupport t = new LibcTestSupport();
        long w = wide(t, "Wide String");
        assertEquals(11L, t.callL("wcslen", w));
        assertEquals(w + 4 * 5, t.callL("wcschr", w, (long) 'S'));
        long end = t.alloc(8);
        assertEquals(-12345L, t.callL("wcstol", wide(t, "  -12345rest"), end, 10L));
        long buf = t.alloc(4 * 40);
        assertEquals(10L, t.callL("swprintf", buf, 40L, wide(t, "%d-%ls-%.2f"), 42L, wide(t, "ok"), 1.5));
        assertEquals(-1L, t.callL("swprintf", buf, 4L, wide(t, "%d"), 123456L));
        long mb = t.alloc(16);
        assertEquals(5L, t.callL("wcstombs", mb, wide(t, "hello"), 16L));
        assertEquals("hello", t.str(mb));
        long dst = t.alloc(32);
        assertEquals(dst + 5, t.callL("memccpy", dst, t.cstr("copy: rest"), (long) ':', 32L));
    }
}
