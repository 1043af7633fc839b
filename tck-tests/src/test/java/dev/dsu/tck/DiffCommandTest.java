package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** `dsu diff` end to end: two versions of a C program, the report and the patch specification. */
class DiffCommandTest {
    static final Path DIR = Path.of("src/test/resources/diff").toAbsolutePath();

    @Test
    void reportsChangesDefaultMappingsAndDecisions() throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        Files.createDirectories(LauncherTest.WORK);
        Path v1 = LauncherTest.WORK.resolve("shapes_v1.bc");
        Path v2 = LauncherTest.WORK.resolve("shapes_v2.bc");
        Toolchain.compile(Toolchain.cmd("clang", "-O0", "-g", "-c", "-emit-llvm", "-o", v1.toString(), DIR.resolve("shapes_v1.c").toString()), LauncherTest.WORK);
        Toolchain.compile(Toolchain.cmd("clang-19", "-O0", "-g", "-c", "-emit-llvm", "-o", v2.toString(), DIR.resolve("shapes_v2.c").toString()), LauncherTest.WORK);
        Path spec = LauncherTest.WORK.resolve("shapes.spec");
        LauncherTest.Run r = LauncherTest.dsu("", "diff", v1.toString(), v2.toString(), "-o", spec.toString());
        assertEquals(0, r.status(), r.err());
        for (String line : Files.readAllLines(DIR.resolve("shapes.expected"))) {
            assertTrue(r.out().contains(line + "\n"), "report lacks '" + line + "':\n" + r.out());
        }
        List<String> specLines = Files.readAllLines(spec);
        assertTrue(specLines.contains("point main call legacy_log#1 -> call report#1   # paired by position: check it"), String.join("\n", specLines));
        assertTrue(specLines.contains("global frame_counter transformer ?"), String.join("\n", specLines));
        assertTrue(specLines.contains("global shapes keep"), String.join("\n", specLines));
    }

    @Test
    void refusesMissingAndMalformedInputs() throws Exception {
        Files.createDirectories(LauncherTest.WORK);
        LauncherTest.Run usage = LauncherTest.dsu("", "diff", "only-one.bc");
        assertEquals(2, usage.status());
        Path garbage = Files.writeString(LauncherTest.WORK.resolve("bad.bc"), "nope");
        LauncherTest.Run bad = LauncherTest.dsu("", "diff", garbage.toString(), garbage.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("dsu: " + garbage), bad.err());
    }
}
