package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dsu.language.bitcode.BitcodeReader;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Module;
import dev.dsu.language.version.ContinuationLabels;

/**
 * Walks one update across every update point a run reaches: for each point and each of its
 * arrivals, run v1 updating to v2 there. v2 does the same work and only marks its messages, so
 * every run must print exactly the native v1 output once the marks are removed (no work lost
 * or done twice, state carried over), with every line after the first marked one marked too
 * (no old code runs after the update).
 */
class UpdateWalkTest {
    static final Path DIR = Path.of("src/test/resources/walk").toAbsolutePath();
    static final String MARK = " (v2)";
    static final int MAX_ARRIVALS = 60;

    @Test
    void everyUpdatePointAndArrivalPreservesTheComputation() throws Exception {
        assumeTrue(Toolchain.available("clang") && Toolchain.available("gcc"), "clang and gcc are needed");
        Path work = UpdateScenarioTest.WORK.resolve("walk");
        Files.createDirectories(work);
        Path v1 = work.resolve("v1.bc");
        Path v2 = work.resolve("v2.bc");
        Toolchain.compile(Toolchain.cmd("clang", "-O0", "-g", "-c", "-emit-llvm", "-o", v1.toString(), DIR.resolve("v1.c").toString()), work);
        Toolchain.compile(Toolchain.cmd("clang", "-O0", "-g", "-c", "-emit-llvm", "-o", v2.toString(), DIR.resolve("v2.c").toString()), work);
        Path exe = work.resolve("v1.native");
        Toolchain.compile(Toolchain.cmd("gcc", "-O2", "-o", exe.toString(), DIR.resolve("v1.c").toString()), work);
        String expected = Toolchain.exec(List.of(exe.toString()), null, work, 60).out();

        Module module = BitcodeReader.read(Files.readAllBytes(v1));
        module.materializeAll();
        int updates = 0;
        List<String> pointsSeen = new ArrayList<>();
        for (Function f : module.functions) {
            if (f.isDeclaration()) {
                continue;
            }
            for (String point : new ContinuationLabels(f).updatePoints.values()) {
                for (int n = 1; n <= MAX_ARRIVALS; n++) {
                    String where = f.getName() + ":" + point + ":" + n;
                    Toolchain.Result r = GuestRunner.run(v1, List.of(), new byte[0], 60, v2 + "@" + where);
                    assertEquals(0, r.status(), where + ": " + r.stderr());
                    if (r.stderr().contains("the scheduled update did not happen")) {
                        assertEquals(expected, r.out(), where + " (no update happened)");
                        break;
                    }
                    assertTrue(r.stderr().contains("dsu: updated to"), where + ": " + r.stderr());
                    updates++;
                    checkRun(where, expected, r.out());
                }
                pointsSeen.add(f.getName() + ":" + point);
            }
        }
        assertTrue(updates > 100, "only " + updates + " updates were walked over " + pointsSeen);
    }

    private static void checkRun(String where, String expected, String out) {
        assertEquals(expected, out.replace(MARK + "\n", "\n"), where + ": the computation changed");
        boolean updated = false;
        for (String line : out.split("\n")) {
            if (line.endsWith(MARK)) {
                updated = true;
            } else {
                assertFalse(updated, where + ": old code ran after the update: " + line);
            }
        }
        assertTrue(updated, where + ": no line came from the new version:\n" + out);
    }
}
