package dev.dsu.language.bitcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/** Compiles the test programs with the installed clangs and reads back llvm-dis output. */
final class Toolchain {
    /** clang 14 (typed pointers) and clang 19 (opaque pointers) with their disassemblers. */
    enum Compiler {
        CLANG14("clang", "llvm-dis-14"), CLANG19("clang-19", "llvm-dis-19");

        final String clang;
        final String dis;

        Compiler(String clang, String dis) {
            this.clang = clang;
            this.dis = dis;
        }
    }

    private static final Map<String, Path> CACHE = new ConcurrentHashMap<>();
    private static Path tempDir;

    private Toolchain() {
    }

    static synchronized Path tempDir() throws IOException {
        if (tempDir == null) {
            tempDir = Files.createTempDirectory("bitcode-test");
            tempDir.toFile().deleteOnExit();
        }
        return tempDir;
    }

    static Path source(String name) {
        Path p = Path.of("src/test/resources/bitcode", name);
        if (!Files.exists(p)) {
            p = Path.of("language/src/test/resources/bitcode", name);
        }
        return p;
    }

    static Path compile(String program, Compiler c, String opt) throws Exception {
        String key = program + c + opt;
        Path cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Path out = tempDir().resolve(program.replace(".c", "") + "-" + c + opt + ".bc");
        run(List.of(c.clang, "-g", opt, "-w", "-c", "-emit-llvm", "-o", out.toString(), source(program).toString()));
        CACHE.put(key, out);
        return out;
    }

    static String disassemble(Path bc, Compiler c) throws Exception {
        return run(List.of(c.dis, bc.toString(), "-o", "-"));
    }

    static String run(List<String> cmd) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(cmd.get(0) + " is not installed");
            throw e;
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** One function definition as llvm-dis prints it. */
    record DisFunction(String name, List<String> kinds, List<Integer> lines) {
    }

    private static final Pattern DEFINE = Pattern.compile("^define [^@]*@(\"[^\"]+\"|[-\\w.$]+)\\(");
    private static final Pattern DBG_REF = Pattern.compile("!dbg !(\\d+)");
    private static final Pattern RECORD_LOC = Pattern.compile("!(\\d+)\\)\\s*$");
    private static final Pattern LOCATION = Pattern.compile("^!(\\d+) = !DILocation\\(line: (\\d+)");

    static Map<String, DisFunction> functions(String text) {
        Map<Integer, Integer> locationLines = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = LOCATION.matcher(line);
            if (m.find()) {
                locationLines.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        Map<String, DisFunction> result = new HashMap<>();
        DisFunction current = null;
        for (String line : text.split("\n")) {
            if (current == null) {
                Matcher m = DEFINE.matcher(line);
                if (m.find()) {
                    current = new DisFunction(m.group(1).replace("\"", ""), new ArrayList<>(), new ArrayList<>());
                }
                continue;
            }
            if (line.equals("}")) {
                result.put(current.name(), current);
                current = null;
                continue;
            }
            if (line.trim().startsWith("]")) {
                // A switch's location is printed after its case list.
                Matcher m = DBG_REF.matcher(line);
                if (m.find() && !current.lines().isEmpty()) {
                    Integer loc = locationLines.get(Integer.parseInt(m.group(1)));
                    current.lines().set(current.lines().size() - 1, loc == null ? -1 : loc);
                }
                continue;
            }
            boolean caseLine = line.startsWith("    ") && !line.trim().startsWith("#dbg_");
            if (!line.startsWith("  ") || caseLine || line.trim().startsWith("]")) {
                continue; // labels, blank lines, switch case lines
            }
            String t = line.trim();
            Integer loc = null;
            String kind;
            if (t.startsWith("#dbg_")) {
                kind = "call";
                Matcher m = RECORD_LOC.matcher(t);
                if (m.find()) {
                    loc = locationLines.get(Integer.parseInt(m.group(1)));
                }
            } else {
                if (t.startsWith("%") && t.contains(" = ")) {
                    t = t.substring(t.indexOf(" = ") + 3);
                }
                kind = t.split("[ ,]")[0];
                if (kind.equals("tail") || kind.equals("musttail") || kind.equals("notail")) {
                    kind = t.split(" ")[1];
                }
                Matcher m = DBG_REF.matcher(t);
                if (m.find()) {
                    loc = locationLines.get(Integer.parseInt(m.group(1)));
                }
            }
            current.kinds().add(kind);
            current.lines().add(loc == null ? -1 : loc);
        }
        return result;
    }
}
