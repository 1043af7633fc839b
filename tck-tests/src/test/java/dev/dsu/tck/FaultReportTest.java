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
 * Memory safety and abnormal ends: each program under resources/faults has a .expected file
 * with the exit status and lines its stderr/stdout must contain ("status N", "stderr TEXT",
 * "stdout TEXT"). At -O0 the whole report (C function names and source lines) is checked; at
 * -O2 inlining changes the stack, so only the status and the first stderr expectation.
 */
class FaultReportTest {
    static final Path SOURCES = Path.of("src/test/resources/faults");
    static final Path WORK = Path.of("target/faults");

    @TestFactory
    Stream<DynamicTest> faults() throws IOException {
        Files.createDirectories(WORK);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(p.getFileName() + " [clang -O0]", () -> check(p, "clang", "-O0", true)));
                tests.add(DynamicTest.dynamicTest(p.getFileName() + " [clang-19 -O2]", () -> check(p, "clang-19", "-O2", false)));
            }
        }
        return tests.stream();
    }

    private static void check(Path program, String clang, String opt, boolean fullReport) throws Exception {
        assumeTrue(Toolchain.available(clang), clang + " is not installed");
        String base = program.getFileName().toString().replace(".c", "");
        List<String> expected = Files.readAllLines(program.resolveSibling(base + ".expected"));
        Path bc = WORK.resolve(base + "-" + clang + opt + ".bc");
        Toolchain.compile(Toolchain.cmd(clang, opt, "-g", "-c", "-emit-llvm", "-o", bc.toAbsolutePath().toString(), program.toAbsolutePath().toString()), WORK);
        Toolchain.Result r = GuestRunner.run(bc, List.of(), new byte[0], 120);
        // reports name files as clang recorded them; the expectations use bare file names
        String stderr = r.stderr().replaceAll("\\((?:[^():]*/)?([^/():]+(?::\\d+)?)\\)", "($1)");
        boolean firstStderr = true;
        for (String line : expected) {
            if (line.startsWith("status ")) {
                assertEquals(Integer.parseInt(line.substring(7).trim()), r.status(), "exit status; stderr was:\n" + r.stderr());
            } else if (line.startsWith("stderr ")) {
                if (fullReport || firstStderr) {
                    String want = line.substring(7);
                    assertTrue(stderr.contains(want), "stderr lacks '" + want + "'; it was:\n" + r.stderr());
                }
                firstStderr = false;
            } else if (line.startsWith("stdout ")) {
                assertTrue(r.out().contains(line.substring(7)), "stdout lacks '" + line.substring(7) + "'; it was:\n" + r.out());
            }
        }
        assertTrue(!r.stderr().contains("\tat dev.") && !r.stderr().contains("Exception"), "a Java stack trace reached the user:\n" + r.stderr());
    }
}
