package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanfTest {
    /** Each case: input, format with conversions whose results are printed as %d/%ld/%g/[%s]. */
    private static final String[][] CASES = {
        {"42", "%d", "i"}, {"  -17 rest", "%d", "i"}, {"0x1F", "%i", "i"}, {"017", "%i", "i"}, {"ff", "%x", "i"}, {"777", "%o", "i"},
        {"4294967295", "%u", "i"}, {"-1", "%u", "i"}, {"12345", "%3d", "i"}, {"abc", "%d", "i"}, {"", "%d", "i"}, {"   ", "%d", "i"},
        {"1 2", "%d %d", "ii"}, {"1,2", "%d,%d", "ii"}, {"1;2", "%d,%d", "ii"}, {"3.25", "%lf", "d"}, {"-1e3x", "%lf", "d"},
        {"inf", "%lf", "d"}, {"nan", "%lf", "d"}, {"0x1.8p1", "%lf", "d"}, {".5", "%lf", "d"}, {"1e", "%lf", "d"}, {"hello world", "%s", "s"},
        {"hello world", "%5s", "s"}, {"hello world", "%s %s", "ss"}, {"abc123", "%[a-z]", "s"}, {"abc123", "%[^0-9]%d", "si"},
        {"]x]y", "%[]x]", "s"}, {"  x", "%c", "c"}, {"  x", " %c", "c"}, {"key=value", "%[^=]=%s", "ss"}, {"12 34", "%*d %d", "i"},
        {"9999999999", "%ld", "l"}, {"123abc", "%d%n", "in"}, {"10%", "%d%%", "i"}, {"5 %", "%d %%", "i"}, {"-", "%d", "i"},
        {"x", "x%d", "i"}, {"", "x%d", "i"}, {"1.5 2.5", "%f %f", "ff"}, {"  123", "%2d%d", "ii"}, {"0x", "%x", "i"}, {"+7", "%d", "i"},
    };

    @Test
    void matchesGlibc() throws Exception {
        StringBuilder c = new StringBuilder("#include <stdio.h>\nint main(){ int i[4]; long l[4]; double d[4]; float f[4]; char s[4][64]; char ch[4]; int n[4]; int r;\n");
        for (String[] k : CASES) {
            c.append("{ memset(s,0,sizeof s); i[0]=i[1]=i[2]=-99; l[0]=-99; d[0]=d[1]=-99; f[0]=f[1]=-99; ch[0]='?'; n[0]=-99;\n");
            c.append("r = sscanf(").append(LibcTestSupport.cString(k[0])).append(", ").append(LibcTestSupport.cString(k[1]));
            int[] counts = new int[128];
            for (char t : k[2].toCharArray()) {
                int idx = counts[t]++;
                c.append(switch (t) {
                    case 'i' -> ", &i[" + idx + "]";
                    case 'l' -> ", &l[" + idx + "]";
                    case 'd' -> ", &d[" + idx + "]";
                    case 'f' -> ", &f[" + idx + "]";
                    case 's' -> ", s[" + idx + "]";
                    case 'c' -> ", &ch[" + idx + "]";
                    default -> ", &n[" + idx + "]";
                });
            }
            c.append(");\nprintf(\"%d|%d %d|%ld|%g %g|%g %g|[%s][%s]|%c|%d\\n\", r, i[0], i[1], l[0], d[0], d[1], f[0], f[1], s[0], s[1], ch[0], n[0]); }\n");
        }
        c.append("return 0; }\n");
        String expected = LibcTestSupport.runC("#include <string.h>\n" + c, "");

        LibcTestSupport t = new LibcTestSupport();
        StringBuilder ours = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (String[] k : CASES) {
            long ints = t.alloc(16), longs = t.alloc(32), doubles = t.alloc(32), floats = t.alloc(16), strs = t.alloc(256), chars = t.alloc(4), ns = t.alloc(16);
            for (int q = 0; q < 3; q++) {
                t.heap.putI32(ints + 4 * q, -99, null);
            }
            t.heap.putI64(longs, -99, null);
            t.heap.putDouble(doubles, -99, null);
            t.heap.putDouble(doubles + 8, -99, null);
            t.heap.putFloat(floats, -99, null);
            t.heap.putFloat(floats + 4, -99, null);
            t.heap.putI8(chars, (byte) '?', null);
            t.heap.putI32(ns, -99, null);
            List<Object> args = new ArrayList<>(List.of(t.cstr(k[0]), t.cstr(k[1])));
            int[] counts = new int[128];
            for (char ty : k[2].toCharArray()) {
                int idx = counts[ty]++;
                args.add(switch (ty) {
                    case 'i' -> ints + 4L * idx;
                    case 'l' -> longs + 8L * idx;
                    case 'd' -> doubles + 8L * idx;
                    case 'f' -> floats + 4L * idx;
                    case 's' -> strs + 64L * idx;
                    case 'c' -> chars + idx;
                    default -> ns + 4L * idx;
                });
            }
            long r = t.callL("__isoc99_sscanf", args.toArray());
            ours.append(t.sprintf("%d|%d %d|%ld|%g %g|%g %g|[%s][%s]|%c|%d", r, (long) t.heap.getI32(ints, null), (long) t.heap.getI32(ints + 4, null),
                            t.heap.getI64(longs, null), t.heap.getDouble(doubles, null), t.heap.getDouble(doubles + 8, null), (double) t.heap.getFloat(floats, null),
                            (double) t.heap.getFloat(floats + 4, null), strs, strs + 64, (long) t.heap.getI8(chars, null), (long) t.heap.getI32(ns, null))).append('\n');
            labels.add("sscanf(\"" + k[0] + "\", \"" + k[1] + "\")");
        }
        LibcTestSupport.assertSameLines(expected, ours.toString(), labels);
    }

    @Test
    void scanfReadsStdin() {
        LibcTestSupport t = new LibcTestSupport("12 abc\n7", java.util.Map.of());
        long i = t.alloc(4), s = t.alloc(16), j = t.alloc(4);
        assertEquals(2L, t.callL("scanf", t.cstr("%d %s"), i, s));
        assertEquals(12, t.heap.getI32(i, null));
        assertEquals("abc", t.str(s));
        assertEquals(1L, t.callL("scanf", t.cstr("%d"), j));
        assertEquals(7, t.heap.getI32(j, null));
        assertEquals(-1L, t.callL("scanf", t.cstr("%d"), j));
    }
}
