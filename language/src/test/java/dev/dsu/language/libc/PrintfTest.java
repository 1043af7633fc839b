package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrintfTest {
    private static final String[] INT_FLAGS = {"", "-", "+", " ", "#", "0", "-0", "+ ", "#0", "-#"};
    private static final String[] WIDTHS = {"", "1", "8"};
    private static final String[] PRECS = {"", ".", ".0", ".3", ".10"};
    private static final long[] INTS = {0, 1, -1, 7, 42, -42, 255, 256, 65535, 2147483647, -2147483648L, 1234567, -99999};
    private static final long[] LONGS = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 123456789012L, 255};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 123.456, 1e-5, 1e-4, 0.000123456, 123456789.0, 1e100, 1e-300, 4.9e-324,
                    Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN, 999999.5, 9.9999995, 1.0 / 3, 200.0 / 3, 0.125,
                    1e15, 1e16, 1e21, 0.05, 0.15, 1.0625, 2.2250738585072014E-308, 3.0e-310, 1.9375, 0.9999999};

    private static List<String> intFormats() {
        List<String> r = new ArrayList<>();
        for (String f : INT_FLAGS) {
            for (String w : WIDTHS) {
                for (String p : PRECS) {
                    for (String c : new String[]{"d", "u", "o", "x", "X", "hhd", "hu", "hhx"}) {
                        r.add("%" + f + w + p + c);
                    }
                }
            }
        }
        return r;
    }

    private static List<String> doubleFormats() {
        List<String> r = new ArrayList<>();
        for (String f : new String[]{"", "-", "+", " ", "#", "0", "+0", "-#", "#0"}) {
            for (String w : new String[]{"", "14"}) {
                for (String p : new String[]{"", ".0", ".1", ".3", ".17"}) {
                    for (String c : new String[]{"f", "e", "g", "a", "E", "G", "A"}) {
                        r.add("%" + f + w + p + c);
                    }
                }
            }
        }
        return r;
    }

    private static String array(List<String> items) {
        StringBuilder b = new StringBuilder("{");
        for (String s : items) {
            b.append(LibcTestSupport.cString(s)).append(",\n");
        }
        return b.append("}").toString();
    }

    @Test
    void matchesGlibc() throws Exception {
        List<String> ifmts = intFormats();
        List<String> dfmts = doubleFormats();
        List<String> lfmts = List.of("%ld", "%lu", "%lx", "%#lo", "%20lld", "%-+21ld", "%.25ld", "%zu", "%jd", "%td", "%llX");
        List<String> sfmts = List.of("%s", "%10s", "%-10s|", "%.2s", "%10.3s", "%.0s", "%c", "%5c", "%-5c|", "%%", "%5%");
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <stdint.h>\nint main(){\n");
        c.append("const char *ifmt[] = ").append(array(ifmts)).append(";\n");
        c.append("const char *dfmt[] = ").append(array(dfmts)).append(";\n");
        c.append("const char *lfmt[] = ").append(array(lfmts)).append(";\n");
        c.append("int ivals[] = {");
        for (long v : INTS) {
            c.append("(int)").append(v).append("LL,");
        }
        c.append("};\nlong lvals[] = {");
        for (long v : LONGS) {
            c.append("(long)").append(Long.toUnsignedString(v)).append("ULL,");
        }
        c.append("};\ndouble dvals[] = {");
        for (double v : DOUBLES) {
            c.append(LibcTestSupport.cDouble(v)).append(",");
        }
        c.append("};\n");
        c.append("for (int i = 0; i < sizeof ifmt / sizeof *ifmt; i++) for (int j = 0; j < sizeof ivals / sizeof *ivals; j++) { printf(ifmt[i], ivals[j]); putchar('\\n'); }\n");
        c.append("for (int i = 0; i < sizeof lfmt / sizeof *lfmt; i++) for (int j = 0; j < sizeof lvals / sizeof *lvals; j++) { printf(lfmt[i], lvals[j]); putchar('\\n'); }\n");
        c.append("for (int i = 0; i < sizeof dfmt / sizeof *dfmt; i++) for (int j = 0; j < sizeof dvals / sizeof *dvals; j++) { printf(dfmt[i], dvals[j]); putchar('\\n'); }\n");
        for (String f : sfmts) {
            String arg = f.contains("c") ? "'Z'" : "\"hello world\"";
            c.append("printf(").append(LibcTestSupport.cString(f)).append(", ").append(arg).append("); putchar('\\n');\n");
        }
        String[] misc = {
            "printf(\"%p|%20p|%-20p|%p\", (void*)0x1234abcdL, (void*)0x10L, (void*)0xffL, (void*)0); putchar('\\n');",
            "printf(\"%10p|%-8p|%.3p|%+p|% p\", (void*)0, (void*)0, (void*)0, (void*)0x42L, (void*)0x42L); putchar('\\n');",
            "printf(\"%*d|%-*d|%.*f|%*.*e|%*d\", 6, 42, 6, 42, 2, 3.14159, 12, 3, 31415.9, -6, 7); putchar('\\n');",
            "printf(\"%.*d|%.*s\", -1, 5, -3, \"abcdef\"); putchar('\\n');",
            "printf(\"%s|%.3s|%10.5s\", (char*)0, (char*)0, (char*)0); putchar('\\n');",
            "printf(\"%5.1s|%-3c|%03d|%-05d|%+.0d|% .0d\", \"xyz\", 'q', -5, -5, 0, 0); putchar('\\n');",
            "printf(\"%#.0o|%#.0x|%#5o|%#08o|%#08x|%#.3o\", 0, 0, 8, 8, 255, 8); putchar('\\n');",
            "printf(\"%y %k 100%\"); putchar('\\n');",
        };
        for (String m : misc) {
            c.append(m).append('\n');
        }
        c.append("return 0; }\n");
        String expected = LibcTestSupport.runC(c.toString(), "");

        LibcTestSupport t = new LibcTestSupport();
        StringBuilder ours = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (String f : ifmts) {
            for (long v : INTS) {
                ours.append(t.sprintf(f, v)).append('\n');
                labels.add(f + " " + v);
            }
        }
        for (String f : lfmts) {
            for (long v : LONGS) {
                ours.append(t.sprintf(f, v)).append('\n');
                labels.add(f + " " + v);
            }
        }
        for (String f : dfmts) {
            for (double v : DOUBLES) {
                ours.append(t.sprintf(f, v)).append('\n');
                labels.add(f + " " + v);
            }
        }
        for (String f : sfmts) {
            ours.append(f.contains("c") ? t.sprintf(f, (long) 'Z') : t.sprintf(f, t.cstr("hello world"))).append('\n');
            labels.add(f);
        }
        ours.append(t.sprintf("%p|%20p|%-20p|%p", 0x1234abcdL, 0x10L, 0xffL, 0L)).append('\n');
        ours.append(t.sprintf("%10p|%-8p|%.3p|%+p|% p", 0L, 0L, 0L, 0x42L, 0x42L)).append('\n');
        ours.append(t.sprintf("%*d|%-*d|%.*f|%*.*e|%*d", 6L, 42L, 6L, 42L, 2L, 3.14159, 12L, 3L, 31415.9, -6L, 7L)).append('\n');
        ours.append(t.sprintf("%.*d|%.*s", -1L, 5L, -3L, t.cstr("abcdef"))).append('\n');
        ours.append(t.sprintf("%s|%.3s|%10.5s", 0L, 0L, 0L)).append('\n');
        ours.append(t.sprintf("%5.1s|%-3c|%03d|%-05d|%+.0d|% .0d", t.cstr("xyz"), (long) 'q', -5L, -5L, 0L, 0L)).append('\n');
        ours.append(t.sprintf("%#.0o|%#.0x|%#5o|%#08o|%#08x|%#.3o", 0L, 0L, 8L, 8L, 255L, 8L)).append('\n');
        ours.append(t.sprintf("%y %k 100%")).append('\n');
        for (String m : misc) {
            labels.add(m);
        }
        LibcTestSupport.assertSameLines(expected, ours.toString(), labels);
    }

    @Test
    void percentNAndReturnValues() {
        LibcTestSupport t = new LibcTestSupport();
        long n = t.alloc(8);
        long buf = t.alloc(16);
        assertEquals(11L, t.callL("snprintf", buf, 5L, t.cstr("hello %s%n"), t.cstr("world"), n));
        assertEquals("hell", t.str(buf));
        assertEquals(11, t.heap.getI32(n, null));
        assertEquals(3L, t.callL("printf", t.cstr("%d\n"), 42L));
        assertEquals(1L, t.callL("puts", t.cstr("")));
        assertEquals((long) 'x', t.callL("putchar", (long) 'x'));
        assertEquals("42\n\nx", t.stdout());
    }

    @Test
    void vaListFromMemory() {
        LibcTestSupport t = new LibcTestSupport();
        // va_list with two register ints left, one register double and the rest in the overflow area
        long save = t.alloc(176);
        long overflow = t.alloc(64);
        t.heap.putI64(save + 32, 7, null);
        t.heap.putI64(save + 40, -3, null);
        t.heap.putDouble(save + 160, 2.5, null);
        t.heap.putI64(overflow, 99, null);
        t.heap.putDouble(overflow + 8, 0.25, null);
        long va = t.alloc(24);
        t.heap.putI32(va, 32, null);
        t.heap.putI32(va + 4, 160, null);
        t.heap.putI64(va + 8, overflow, null);
        t.heap.putI64(va + 16, save, null);
        long buf = t.alloc(64);
        t.call("vsprintf", buf, t.cstr("%d %d %.1f %ld %g"), va);
        assertEquals("7 -3 2.5 99 0.25", t.str(buf));
        assertEquals(48, t.heap.getI32(va, null));
        assertEquals(176, t.heap.getI32(va + 4, null));
        assertEquals(overflow + 16, t.heap.getI64(va + 8, null));
    }
}
