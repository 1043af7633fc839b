package dev.dsu.language.libc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** A library over a fresh heap with in-memory standard streams; C functions are Java lambdas. */
class LibcTestSupport {
    final Heap heap = new Heap();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final CLibrary lib;

    LibcTestSupport() {
        this("", Map.of());
    }

    LibcTestSupport(String stdin, Map<String, String> env) {
        FunctionCaller caller = (fp, args, loc) -> ((Builtin) heap.objectOrNull(fp).function).call(args, loc);
        lib = new CLibrary(heap, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)), out, err, new HashMap<>(env), caller);
        lib.setProgramName("./prog");
    }

    long function(Builtin b) {
        return heap.allocateFunction("f", b);
    }

    long cstr(String s) {
        return heap.allocateCString(s.getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.GLOBAL, "str");
    }

    long alloc(int size) {
        return heap.allocate(size, MemoryObject.Kind.GLOBAL, "buf");
    }

    String str(long p) {
        return heap.readCString(p, null);
    }

    Object call(String name, Object... args) {
        Builtin b = lib.lookup(name);
        if (b == null) {
            throw new AssertionError("no builtin " + name);
        }
        return b.call(args, null);
    }

    long callL(String name, Object... args) {
        return (Long) call(name, args);
    }

    double callD(String name, Object... args) {
        return ((Number) call(name, args)).doubleValue();
    }

    String stdout() {
        lib.flushAll();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** sprintf through the library into a fresh buffer. */
    String sprintf(String fmt, Object... args) {
        long buf = heap.allocate(8192, MemoryObject.Kind.GLOBAL, "buf");
        Object[] a = new Object[args.length + 2];
        a[0] = buf;
        a[1] = cstr(fmt);
        System.arraycopy(args, 0, a, 2, args.length);
        call("sprintf", a);
        return str(buf);
    }

    /** Compiles and runs a C program with gcc, returning its stdout. */
    static String runC(String source, String stdin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("libc-test");
        try {
            Path c = dir.resolve("t.c");
            Files.writeString(c, source);
            Path exe = dir.resolve("t");
            Process cc = new ProcessBuilder(List.of("gcc", "-O0", "-w", "-o", exe.toString(), c.toString(), "-lm")).redirectErrorStream(true).start();
            String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!cc.waitFor(60, TimeUnit.SECONDS) || cc.exitValue() != 0) {
                throw new AssertionError("gcc failed: " + ccOut);
            }
            Process p = new ProcessBuilder(exe.toString()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.ISO_8859_1));
            p.getOutputStream().close();
            byte[] b = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new String(b, StandardCharsets.ISO_8859_1);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static String cString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch == '\n') {
                b.append("\\n");
            } else if (ch < 32 || ch > 126) {
                b.append(String.format("\\%03o", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    static String cDouble(double d) {
        if (Double.isNaN(d)) {
            return Double.doubleToRawLongBits(d) < 0 ? "(-__builtin_nan(\"\"))" : "__builtin_nan(\"\")";
        }
        if (Double.isInfinite(d)) {
            return d < 0 ? "(-__builtin_inf())" : "__builtin_inf()";
        }
        return Double.toHexString(d);
    }

    static void assertSameLines(String expected, String actual, List<String> labels) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        StringBuilder diffs = new StringBuilder();
        int count = 0;
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<missing>";
            String y = i < a.length ? a[i] : "<missing>";
            if (!x.equals(y)) {
                if (count++ < 25) {
                    diffs.append(i < labels.size() ? labels.get(i) : "line " + i).append(": glibc [").append(x).append("] ours [").append(y).append("]\n");
                }
            }
        }
        if (count > 0) {
            throw new AssertionError(count + " mismatches of " + e.length + "\n" + diffs);
        }
    }
}
