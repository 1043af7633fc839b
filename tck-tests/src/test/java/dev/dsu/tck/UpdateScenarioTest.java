package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Live-update scenarios: each folder under resources/scenarios holds v1.c and v2.c, a schedule
 * (FUNCTION:POINT:N — update when that update point is reached the N-th time), optionally a
 * patch specification overriding default mappings, the exact stdout
 * of the whole run (v1, then v2 from the update on) and lines the update report must contain.
 * Every scenario runs at -O0 and at -O2 (expected-O2.out/.err; schedule-O2 when inlining
 * moved the point). At -O2 changed code keeps unnamed values in registers, and an update that
 * would need them must be refused with its reason, not guessed. Each also runs through bin/dsu
 * with the Graal JIT compiling every function before its first call: compiled code keeps fewer
 * values in a frame (dead slots are cleared) and must unroll and rebuild frames the same way.
 */
class UpdateScenarioTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    static final Path WORK = Path.of("target/scenarios").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        Files.createDirectories(WORK);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " [clang -O0]", () -> run(dir, "clang", "-O0")));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " [clang-19 -O0]", () -> run(dir, "clang-19", "-O0")));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " [clang -O2]", () -> run(dir, "clang", "-O2")));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " [clang -O0, compiled]", () -> runCompiled(dir, "-O0")));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " [clang -O2, compiled]", () -> runCompiled(dir, "-O2")));
            }
        }
        return tests.stream();
    }

    private static void run(Path dir, String clang, String opt) throws Exception {
        assumeTrue(Toolchain.available(clang), clang + " is not installed");
        String name = dir.getFileName().toString();
        Path v1 = compile(dir.resolve("v1.c"), name + "-v1-" + clang + opt, clang, opt);
        Path v2 = compile(dir.resolve("v2.c"), name + "-v2-" + clang + opt, clang, opt);
        String suffix = opt.equals("-O2") ? "-O2" : "";
        Path scheduleFile = Files.exists(dir.resolve("schedule" + suffix)) ? dir.resolve("schedule" + suffix) : dir.resolve("schedule");
        String schedule = v2 + "@" + Files.readString(scheduleFile).trim();
        Path patch = dir.resolve("patch");
        Toolchain.Result r = GuestRunner.run(v1, List.of(), new byte[0], 120, schedule, Files.exists(patch) ? patch.toAbsolutePath() : null);
        assertEquals(Files.readString(dir.resolve("expected" + suffix + ".out")), r.out(), "stdout of " + name + "; stderr:\n" + r.stderr());
        assertEquals(0, r.status(), "exit status; stderr:\n" + r.stderr());
        for (String line : Files.readAllLines(dir.resolve("expected" + suffix + ".err"))) {
            assertTrue(r.stderr().contains(line), "update report lacks '" + line + "':\n" + r.stderr());
        }
    }

    /** The same run as a user's: bin/dsu, a separate JVM, every function compiled by Graal before it first runs. */
    private static void runCompiled(Path dir, String opt) throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        String name = dir.getFileName().toString();
        Path v1 = compile(dir.resolve("v1.c"), name + "-v1-clang" + opt, "clang", opt);
        Path v2 = compile(dir.resolve("v2.c"), name + "-v2-clang" + opt, "clang", opt);
        String suffix = opt.equals("-O2") ? "-O2" : "";
        Path scheduleFile = Files.exists(dir.resolve("schedule" + suffix)) ? dir.resolve("schedule" + suffix) : dir.resolve("schedule");
        List<String> cmd = new ArrayList<>(List.of(LauncherTest.DSU.toString(), "run", "--update-at", v2 + "@" + Files.readString(scheduleFile).trim()));
        Path patch = dir.resolve("patch");
        if (Files.exists(patch)) {
            cmd.addAll(List.of("--patch", patch.toAbsolutePath().toString()));
        }
        cmd.add(v1.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(WORK.toFile());
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("DSU_JAVA_OPTS", "-Dpolyglot.engine.CompileImmediately=true -Dpolyglot.engine.BackgroundCompilation=false");
        Path out = WORK.resolve(name + opt + "-compiled.out");
        Path err = WORK.resolve(name + opt + "-compiled.err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "timed out");
        String stderr = Files.readString(err);
        assertEquals(Files.readString(dir.resolve("expected" + suffix + ".out")), Files.readString(out), "stdout of " + name + "; stderr:\n" + stderr);
        assertEquals(0, p.exitValue(), "exit status; stderr:\n" + stderr);
        for (String line : Files.readAllLines(dir.resolve("expected" + suffix + ".err"))) {
            assertTrue(stderr.contains(line), "update report lacks '" + line + "':\n" + stderr);
        }
    }

    private static Path compile(Path source, String base, String clang, String opt) throws Exception {
        Path bc = WORK.resolve(base + ".bc");
        Toolchain.compile(Toolchain.cmd(clang, opt, "-g", "-c", "-emit-llvm", "-o", bc.toString(), source.toAbsolutePath().toString()), WORK);
        return bc;
    }
}
