package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.MemoryFault;

class LibraryTest {
    @Test
    void randMatchesGlibc() throws Exception {
        String expected = LibcTestSupport.runC("#include <stdio.h>\n#include <stdlib.h>\nint main(){ for(int i=0;i<5;i++) printf(\"%d\\n\", rand());"
                        + " srand(42); for(int i=0;i<5;i++) printf(\"%d\\n\", rand()); srand(3000000000u); printf(\"%d\\n\", rand());"
                        + " srandom(0); printf(\"%ld\\n\", random()); return 0; }", "");
        LibcTestSupport t = new LibcTestSupport();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append(t.callL("rand")).append('\n');
        }
        t.call("srand", 42L);
        for (int i = 0; i < 5; i++) {
            b.append(t.callL("rand")).append('\n');
        }
        t.call("srand", (long) (int) 3000000000L);
        b.append(t.callL("rand")).append('\n');
        t.call("srandom", 0L);
        b.append(t.callL("random")).append('\n');
        assertEquals(expected, b.toString());
    }

    @Test
    void strings() {
        LibcTestSupport t = new LibcTestSupport();
        long buf = t.alloc(64);
        t.call("strcpy", buf, t.cstr("hello"));
        t.call("strcat", buf, t.cstr(", world"));
        assertEquals("hello, world", t.str(buf));
        assertEquals(12L, t.callL("strlen", buf));
        assertEquals(buf + 4, t.callL("strchr", buf, (long) 'o'));
        assertEquals(buf + 8, t.callL("strrchr", buf, (long) 'o'));
        assertEquals(buf + 7, t.callL("strstr", buf, t.cstr("world")));
        assertEquals(0L, t.callL("strstr", buf, t.cstr("xyz")));
        assertTrue(t.callL("strcmp", t.cstr("abc"), t.cstr("abd")) < 0);
        assertEquals(0L, t.callL("strcasecmp", t.cstr("HeLLo"), t.cstr("hello")));
        assertEquals(3L, t.callL("strspn", t.cstr("abcde"), t.cstr("cba")));
        assertEquals(2L, t.callL("strcspn", t.cstr("abcde"), t.cstr("dc")));
        long s = t.cstr("a,b,,c");
        List<String> toks = new ArrayList<>();
        for (long p = t.callL("strtok", s, t.cstr(",")); p != 0; p = t.callL("strtok", 0L, t.cstr(","))) {
            toks.add(t.str(p));
        }
        assertEquals(List.of("a", "b", "c"), toks);
        long d = t.callL("strdup", t.cstr("dup"));
        assertEquals("dup", t.str(d));
        t.call("free", d);
        assertEquals("Numerical result out of range", t.str(t.callL("strerror", 34L)));
        long m = t.alloc(8);
        t.call("memset", m, (long) 'x', 8L);
        t.call("memmove", m + 1, m, 4L);
        assertEquals(0L, t.callL("memcmp", m, m + 1, 4L));
        assertThrows(MemoryFault.class, () -> t.call("strcpy", t.alloc(3), t.cstr("overflow")));
    }

    @Test
    void conversions() {
        LibcTestSupport t = new LibcTestSupport();
        long end = t.alloc(8);
        long s = t.cstr("  -0x1fz");
        assertEquals(-31L, t.callL("strtol", s, end, 0L));
        assertEquals(s + 7, t.heap.getI64(end, null));
        assertEquals(Long.MAX_VALUE, t.callL("strtol", t.cstr("99999999999999999999"), 0L, 10L));
        assertEquals(34, t.heap.getI32(t.callL("__errno_location"), null));
        assertEquals(-1L, t.callL("strtoul", t.cstr("-1"), 0L, 10L));
        assertEquals(0L, t.callL("strtol", t.cstr("xyz"), end, 10L));
        assertEquals(123L, t.callL("atoi", t.cstr(" 123abc")));
        assertEquals(2.5, t.callD("strtod", t.cstr("2.5e0x"), end));
        assertEquals(1e-3, t.callD("atof", t.cstr("1e-3")));
        assertEquals(0.1f, (Float) t.call("strtof", t.cstr("0.1"), 0L));
    }

    @Test
    void qsortAndBsearch() {
        LibcTestSupport t = new LibcTestSupport();
        int[] values = {5, 3, 9, 1, 5, 7, 2, 8};
        long arr = t.alloc(4 * values.length);
        for (int i = 0; i < values.length; i++) {
            t.heap.putI32(arr + 4L * i, values[i], null);
        }
        long cmp = t.function((a, loc) -> (long) Integer.compare(t.heap.getI32((Long) a[0], null), t.heap.getI32((Long) a[1], null)));
        t.call("qsort", arr, (long) values.length, 4L, cmp);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(t.heap.getI32(arr + 4L * i, null)).append(' ');
        }
        assertEquals("1 2 3 5 5 7 8 9 ", b.toString());
        long key = t.alloc(4);
        t.heap.putI32(key, 7, null);
        assertEquals(arr + 20, t.callL("bsearch", key, arr, 8L, 4L, cmp));
        t.heap.putI32(key, 4, null);
        assertEquals(0L, t.callL("bsearch", key, arr, 8L, 4L, cmp));
    }

    @Test
    void ctypeTables() {
        LibcTestSupport t = new LibcTestSupport();
        long table = t.heap.getI64(t.callL("__ctype_b_loc"), null);
        assertEquals(0x400 | 0x200 | 0x4000 | 0x8000 | 0x8 | 0x1000, t.heap.getI16(table + 2 * 'a', null) & 0xffff);
        assertEquals(0x2000 | 0x4000 | 0x1, t.heap.getI16(table + 2 * ' ', null) & 0xffff);
        assertEquals(0, t.heap.getI16(table - 2, null));
        long upper = t.heap.getI64(t.callL("__ctype_toupper_loc"), null);
        assertEquals('A', t.heap.getI32(upper + 4 * 'a', null));
        assertEquals(-1, t.heap.getI32(upper - 4, null));
        assertEquals(200, t.heap.getI32(upper + 4 * -56, null));
        assertNotEquals(0L, t.callL("isdigit", (long) '7'));
        assertEquals((long) 'q', t.callL("tolower", (long) 'Q'));
    }

    @Test
    void streamsAndFiles() throws Exception {
        LibcTestSupport t = new LibcTestSupport("line one\nline two\n", Map.of());
        Path dir = Files.createTempDirectory("libc-files");
        try {
            long name = t.cstr(dir.resolve("f.txt").toString());
            long fp = t.callL("fopen", name, t.cstr("w+"));
            assertNotEquals(0L, fp);
            t.call("fprintf", fp, t.cstr("%s %d\n"), t.cstr("abc"), 12L);
            assertEquals(7L, t.callL("ftell", fp));
            t.call("rewind", fp);
            long buf = t.alloc(32);
            assertEquals(buf, t.callL("fgets", buf, 32L, fp));
            assertEquals("abc 12\n", t.str(buf));
            assertEquals(-1L, t.callL("fgetc", fp));
            assertEquals(1L, t.callL("feof", fp));
            assertEquals((long) 'z', t.callL("ungetc", (long) 'z', fp));
            assertEquals((long) 'z', t.callL("getc", fp));
            assertEquals(0L, t.callL("fclose", fp));
            assertEquals("abc 12\n", Files.readString(dir.resolve("f.txt")));
            assertEquals(0L, t.callL("fopen", t.cstr(dir.resolve("missing").toString()), t.cstr("r")));
            assertEquals(2, t.heap.getI32(t.callL("__errno_location"), null));
            t.call("perror", t.cstr("open"));
            assertEquals("open: No such file or directory\n", t.err.toString());
            int fd = (int) t.callL("open", name, 0L);
            long rb = t.alloc(4);
            assertEquals(3L, t.callL("read", (long) fd, rb, 3L));
            assertEquals(0L, t.callL("close", (long) fd));
            assertEquals(0L, t.callL("remove", name));
        } finally {
            Files.deleteIfExists(dir.resolve("f.txt"));
            Files.deleteIfExists(dir);
        }
        long buf = t.alloc(32);
        long stdin = t.heap.getI64(t.lib.globalAddress("stdin"), null);
        t.call("fgets", buf, 32L, stdin);
        assertEquals("line one\n", t.str(buf));
        assertEquals((long) 'l', t.callL("getchar"));
        // stdout is fully buffered: a write(2) to fd 1 overtakes buffered printf output
        t.call("printf", t.cstr("buffered "));
        t.call("write", 1L, t.cstr("direct "), 7L);
        assertEquals("direct buffered ", t.stdout());
    }

    @Test
    void exitRunsHandlersAndFlushes() {
        LibcTestSupport t = new LibcTestSupport();
        List<String> calls = new ArrayList<>();
        t.call("atexit", t.function((a, loc) -> {
            calls.add("first");
            return null;
        }));
        t.call("atexit", t.function((a, loc) -> {
            calls.add("second");
            return null;
        }));
        t.call("printf", t.cstr("bye"));
        ProgramExit e = assertThrows(ProgramExit.class, () -> t.call("exit", 3L));
        assertEquals(3, e.getStatus());
        assertEquals(List.of("second", "first"), calls);
        assertEquals("bye", t.out.toString());
    }

    @Test
    void assertFailMessage() {
        LibcTestSupport t = new LibcTestSupport();
        ProgramExit e = assertThrows(ProgramExit.class, () -> t.call("__assert_fail", t.cstr("x > 0"), t.cstr("t.c"), 12L, t.cstr("main")));
        assertEquals(134, e.getStatus());
        assertEquals("./prog: t.c:12: main: Assertion `x > 0' failed.\n", t.err.toString());
    }

    @Test
    void allocation() {
        LibcTestSupport t = new LibcTestSupport();
        long a = t.callL("malloc", 0L);
        long b = t.callL("malloc", 0L);
        assertNotEquals(0L, a);
        assertNotEquals(a, b);
        assertEquals(0L, t.callL("calloc", 1L << 62, 16L));
        long c = t.callL("calloc", 4L, 4L);
        assertEquals(0, t.heap.getI32(c + 12, null));
        long r = t.callL("realloc", c, 64L);
        t.heap.putI8(r + 63, (byte) 1, null);
        t.call("free", r);
        assertThrows(MemoryFault.class, () -> t.call("free", r));
        assertThrows(MemoryFault.class, () -> t.call("puts", 0L));
        long env = t.callL("getenv", t.cstr("HOME"));
        assertEquals(0L, env);
        t.call("setenv", t.cstr("K"), t.cstr("v"), 1L);
        assertEquals("v", t.str(t.callL("getenv", t.cstr("K"))));
    }

    @Test
    void math() {
        LibcTestSupport t = new LibcTestSupport();
        assertEquals(3.0, t.callD("round", 2.5));
        assertEquals(-3.0, t.callD("round", -2.5));
        assertEquals(0.0, t.callD("round", 0.49999999999999994));
        assertEquals(3L, t.callL("lround", 2.5));
        long e = t.alloc(4);
        assertEquals(0.5, t.callD("frexp", 8.0, e));
        assertEquals(4, t.heap.getI32(e, null));
        assertEquals(1.0, t.callD("sqrt", 1.0));
        assertEquals(120.0, t.callD("tgamma", 6.0), 1e-9);
        assertEquals(Math.log(24), t.callD("lgamma", 5.0), 1e-12);
        assertEquals(0.8427007929497149, t.callD("erf", 1.0), 1e-15);
        assertEquals(0.15729920705028513, t.callD("erfc", 1.0), 1e-15);
        assertEquals(2.0f, (Float) t.call("sqrtf", 4.0f));
    }
}
