package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** bin/dsu as a user runs it: a separate process, real stdin/stdout/stderr and exit status. */
class LauncherTest {
    static final Path DSU = Path.of("../bin/dsu").toAbsolutePath().normalize();
    static final Path WORK = Path.of("target/launcher").toAbsolutePath();
    static final Path PROGRAM = Path.of("src/test/resources/launcher/echo_args.c").toAbsolutePath();

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws IOException {
        Files.createDirectories(WORK);
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
    }

    static Run dsu(String stdin, String... args) throws IOException, InterruptedException {
        return dsu(Map.of(), stdin, args);
    }

    static Run dsu(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(DSU.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(WORK.toFile());
        pb.environment().putAll(env);
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", WORK.resolve("cache").toString());
        Path in = Files.writeString(WORK.resolve("stdin.txt"), stdin);
        Path out = WORK.resolve("stdout.txt");
        Path err = WORK.resolve("stderr.txt");
        pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dsu did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runsCSourceWithArgumentsStdinAndExitStatus() throws Exception {
        Run r = dsu("a\nb\nc\n", "run", "--interpreter-only", PROGRAM.toString(), "one", "two words");
        assertEquals("arg 1: one\narg 2: two words\n3 lines on stdin\n", r.out());
        assertEquals("to stderr\n", r.err());
        assertEquals(2, r.status());
    }

    @Test
    void compilesWithCcAndRunsBitcodeAndTextualIr() throws Exception {
        Path bc = WORK.resolve("echo.bc");
        Run cc = dsu("", "cc", PROGRAM.toString(), "-o", bc.toString());
        assertEquals(0, cc.status(), cc.err());
        assertTrue(Files.size(bc) > 0);
        Run fromBitcode = dsu("x\n", "run", "--interpreter-only", bc.toString(), "z");
        assertEquals("arg 1: z\n1 lines on stdin\n", fromBitcode.out());
        assertEquals(1, fromBitcode.status());

        Path ll = WORK.resolve("echo.ll");
        Toolchain.compile(Toolchain.cmd("clang", "-O1", "-S", "-emit-llvm", "-o", ll.toString(), PROGRAM.toString()), WORK);
        Run fromText = dsu("", "run", "--interpreter-only", ll.toString());
        assertEquals("0 lines on stdin\n", fromText.out());
        assertEquals(0, fromText.status());
    }

    /**
     * With the JIT on, bin/dsu starts on its linked JVM image from the AOT cache trained on this
     * build (bin/dsu-env.sh prepares both, as the first bin/dsu run after a build does): the
     * runtime's own classes come out of the cache instead of being loaded from the jars.
     */
    @Test
    void startsOnTheLinkedImageFromTheTrainedCache() throws Exception {
        Path env = DSU.resolveSibling("dsu-env.sh");
        Process prepare = new ProcessBuilder("bash", "-c", ". '" + env + "' && dsu_find_java && dsu_prepare_jvm && dsu_cache_fresh")
                        .redirectErrorStream(true).redirectOutput(WORK.resolve("prepare.txt").toFile()).start();
        assertTrue(prepare.waitFor(600, TimeUnit.SECONDS), "preparing the image and cache did not finish");
        assertEquals(0, prepare.exitValue(), "no fresh start-up cache: " + Files.readString(WORK.resolve("prepare.txt")));

        Path classes = WORK.resolve("classes.txt");
        Run r = dsu(Map.of("DSU_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "", "run", PROGRAM.toString(), "one");
        assertEquals("arg 1: one\n0 lines on stdin\n", r.out());
        assertEquals("to stderr\n", r.err(), "nothing but the program's own output on stderr");
        assertEquals(1, r.status());
        String log = Files.readString(classes);
        assertTrue(log.contains("dev.dsu.language.DsuContext source: shared objects file"), "the runtime's classes did not come from the cache");
        assertTrue(log.contains("jdk.graal.compiler"), "the Graal compiler module is not the one in use");
    }

    /**
     * The JVM compiles the runtime's Java code with C1 only, unless --long-running asks for C2 as
     * well (bin/dsu-env.sh says why). The JVM is asked for its flags and stops before the program.
     */
    @Test
    void hostJitIsC1OnlyUnlessLongRunning() throws Exception {
        Map<String, String> flags = Map.of("DSU_JAVA_OPTS", "-XX:+PrintFlagsFinal -version");
        Run normal = dsu(flags, "", "run", PROGRAM.toString());
        Run longRunning = dsu(flags, "", "run", "--long-running", PROGRAM.toString());
        java.util.regex.Pattern level = java.util.regex.Pattern.compile("\\bTieredStopAtLevel\\s+= (\\d)");
        java.util.regex.Matcher m = level.matcher(normal.out());
        assertTrue(m.find(), normal.out() + normal.err());
        assertEquals("1", m.group(1));
        m = level.matcher(longRunning.out());
        assertTrue(m.find(), longRunning.out() + longRunning.err());
        assertEquals("4", m.group(1));
        assertTrue(longRunning.out().matches("(?s).*\\bEnableJVMCI\\s+= true.*"), "Graal is the JIT with --long-running too");

        Run r = dsu("a\n", "run", "--long-running", PROGRAM.toString(), "x");
        assertEquals("arg 1: x\n1 lines on stdin\n", r.out());
        assertEquals(1, r.status());
    }

    /**
     * A loop whose OSR code is deoptimised by a new branch in each of 40 phases is compiled again
     * each time: Truffle's own limit (30 recompilations, then OSR off for the function) would
     * leave it to the interpreter for the rest of the run.
     */
    @Test
    void osrRecompilesPastTruffleDefaultLimit() throws Exception {
        long osrCompilations = compilationsMeetingNewPaths("new_paths.c", "-Dpolyglot.engine.OSRCompilationThreshold=2048",
                        "phases: 40\nchecksum: 5894259722859860728\n", "main<OSR");
        // with Truffle's default the count stops at 33
        assertTrue(osrCompilations > 34, "OSR compilations of main: " + osrCompilations);
    }

    /** The same for a function compiled as a whole: 110 new branches, and it is compiled after each. */
    @Test
    void functionsRecompilePastTruffleDefaultLimit() throws Exception {
        long compilations = compilationsMeetingNewPaths("new_paths_calls.c", "-Dpolyglot.engine.CompileImmediately=true",
                        "phases: 110\nchecksum: 16679052641839867034\n", " step ");
        // with Truffle's default the count stops at 100, with "Maximum compilation count 100 reached"
        assertTrue(compilations > 100, "compilations of step: " + compilations);
    }

    /** Runs a launcher program with synchronous compilation traced; the compilations whose trace line contains {@code name}. */
    private static long compilationsMeetingNewPaths(String file, String compileWhen, String expectedOut, String name) throws Exception {
        Path program = Path.of("src/test/resources/launcher", file).toAbsolutePath();
        Map<String, String> eager = Map.of("DSU_JAVA_OPTS",
                        "-Dpolyglot.engine.TraceCompilation=true -Dpolyglot.engine.BackgroundCompilation=false " + compileWhen);
        Run r = dsu(eager, "", "run", program.toString());
        assertEquals(expectedOut, r.out(), r.err());
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("opt failed"), r.err());
        return r.err().lines().filter(l -> l.contains("opt done") && l.contains(name)).count();
    }

    /** Function bodies are translated on their first call: loading reports what it cost, and what was translated. */
    @Test
    void loadStatisticsShowLazyTranslation() throws Exception {
        Path program = Path.of("src/test/resources/launcher/rarely_called.c").toAbsolutePath();
        Run r = dsu("", "run", "--interpreter-only", "--load-stats", program.toString());
        assertEquals("done\n", r.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "dsu: loaded rarely_called[^:]*: [0-9.]+ MB, (\\d+) functions; read [0-9.]+ ms, link [0-9.]+ ms, main ready [0-9.]+ ms after the start of reading"
                                        + " \\(\\d+ ms per MB; (\\d+) of \\d+ functions translated so far\\)").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals(3, Integer.parseInt(m.group(1)), r.err());
        assertEquals(1, Integer.parseInt(m.group(2)), "only main is translated before main runs: " + r.err());
    }

    @Test
    void badInputGetsOneClearLineAndNonZeroStatus() throws Exception {
        Run noArgs = dsu("");
        assertEquals(2, noArgs.status());
        assertTrue(noArgs.out().contains("usage: dsu run"));

        Run unknown = dsu("", "frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.err());

        Run missing = dsu("", "run", WORK.resolve("nope.bc").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path garbage = Files.write(WORK.resolve("garbage.bc"), "this is not bitcode".getBytes(StandardCharsets.UTF_8));
        Run bad = dsu("", "run", "--interpreter-only", garbage.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("dsu: garbage.bc: "), bad.err());
        assertFalse(bad.err().contains("\tat "), "no Java stack trace for users:\n" + bad.err());

        Path brokenC = Files.writeString(WORK.resolve("broken.c"), "int main(void) { return nope; }\n");
        Run compileError = dsu("", "run", brokenC.toString());
        assertTrue(compileError.status() != 0);
        assertTrue(compileError.err().contains("clang failed to compile"), compileError.err());
    }
}
