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
 * would need them must be refused with its reason, not guessed.
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

    private static Path compile(Path source, String base, String clang, String opt) throws Exception {
        Path bc = WORK.resolve(base + ".bc");
        Toolchain.compile(Toolchain.cmd(clang, opt, "-g", "-c", "-emit-llvm", "-o", bc.toString(), source.toAbsolutePath().toString()), WORK);
        return bc;
    }
}
