package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance: every C program under resources/conformance is built natively
 * (gcc -O2, the reference) and to LLVM IR in several ways (clang 14 and clang 19, -O0 and -O2,
 * bitcode and textual .ll); each IR build runs on our runtime and must print the same stdout
 * and exit with the same status as the native executable. Those runs are in the interpreter;
 * every third program (all with -Dconformance.compiled=all) also runs as a user runs it,
 * through bin/dsu with Graal compiling every function before its first call, because compiled
 * code can go wrong where the interpreter does not (a rotate once did). Programs named
 * {@code *_osr_*} also run with on-stack replacement made eager and synchronous, so that their
 * loops run in OSR code inside functions that are still interpreted.
 */
class ConformanceTest {
    static final Path SOURCES = Path.of("src/test/resources/conformance");
    static final Path WORK = Path.of("target/conformance");

    /** How a program is turned into IR for our runtime. */
    record Variant(String clang, String opt, boolean text) {
        String label() {
            return clang + " " + opt + (text ? " .ll" : " .bc");
        }
    }

    static final List<Variant> VARIANTS = List.of(
                    new Variant("clang", "-O0", false),
                    new Variant("clang", "-O2", false),
                    new Variant("clang-19", "-O2", false),
                    new Variant("clang-19", "-O0", true));

    private static final ConcurrentHashMap<String, Toolchain.Result> NATIVE = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Files.createDirectories(WORK);
        String only = System.getProperty("conformance.only", "");
        List<Path> programs;
        try (Stream<Path> files = Files.list(SOURCES)) {
            programs = files.filter(p -> p.toString().endsWith(".c")).filter(p -> p.getFileName().toString().contains(only)).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        boolean allCompiled = "all".equals(System.getProperty("conformance.compiled", ""));
        for (int i = 0; i < programs.size(); i++) {
            Path program = programs.get(i);
            for (Variant v : VARIANTS) {
                tests.add(DynamicTest.dynamicTest(program.getFileName() + " [" + v.label() + "]", () -> check(program, v)));
            }
            if (allCompiled || i % 3 == 0) {
                tests.add(DynamicTest.dynamicTest(program.getFileName() + " [clang -O2 .bc, compiled]", () -> checkCompiled(program, "compiled", COMPILED)));
            }
            if (program.getFileName().toString().contains("_osr_")) {
                tests.add(DynamicTest.dynamicTest(program.getFileName() + " [clang -O2 .bc, eager OSR]", () -> checkCompiled(program, "osr", EAGER_OSR)));
            }
        }
        return tests.stream();
    }

    private static void check(Path program, Variant v) throws Exception {
        assumeTrue(Toolchain.available(v.clang()), v.clang() + " is not installed");
        String base = program.getFileName().toString().replace(".c", "");
        Path stdinFile = program.resolveSibling(base + ".stdin");
        Path argsFile = program.resolveSibling(base + ".args");
        List<String> args = Files.exists(argsFile) ? Arrays.asList(Files.readString(argsFile).trim().split("\\s+")) : List.of();
        Toolchain.Result expected = nativeResult(program, base, stdinFile, args);

        Path ir = WORK.resolve(base + "-" + v.clang() + v.opt() + (v.text() ? ".ll" : ".bc"));
        List<String> cc = Toolchain.cmd(v.clang(), v.opt(), "-g", "-fno-stack-protector", "-D_FORTIFY_SOURCE=0", "-emit-llvm", v.text() ? "-S" : "-c", "-o",
                        ir.toAbsolutePath().toString(), program.toAbsolutePath().toString());
        Toolchain.compile(cc, WORK);
        Toolchain.Result actual = GuestRunner.run(ir, args, GuestRunner.readOptional(stdinFile), 120);
        assertEquals(expected.out(), actual.out(), "stdout differs for " + program.getFileName() + " [" + v.label() + "]; our stderr:\n" + actual.stderr());
        assertEquals(expected.status(), actual.status(), "exit status differs; our stderr:\n" + actual.stderr());
    }

    /** Every function compiled before its first call. */
    private static final String COMPILED = "-Dpolyglot.engine.CompileImmediately=true -Dpolyglot.engine.BackgroundCompilation=false";
    /** Loops compiled after 2048 back-edges, and their OSR code used as soon as it is asked for. */
    private static final String EAGER_OSR = "-Dpolyglot.engine.BackgroundCompilation=false -Dpolyglot.engine.OSRCompilationThreshold=2048";

    private static void checkCompiled(Path program, String label, String javaOptions) throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        String base = program.getFileName().toString().replace(".c", "");
        Path stdinFile = program.resolveSibling(base + ".stdin");
        Path argsFile = program.resolveSibling(base + ".args");
        List<String> args = Files.exists(argsFile) ? Arrays.asList(Files.readString(argsFile).trim().split("\\s+")) : List.of();
        Toolchain.Result expected = nativeResult(program, base, stdinFile, args);
        Path ir = WORK.resolve(base + "-" + label + "-clang-O2.bc");
        Toolchain.compile(Toolchain.cmd("clang", "-O2", "-g", "-fno-stack-protector", "-D_FORTIFY_SOURCE=0", "-emit-llvm", "-c", "-o", ir.toAbsolutePath().toString(),
                        program.toAbsolutePath().toString()), WORK);
        List<String> cmd = new ArrayList<>(List.of(LauncherTest.DSU.toString(), "run", ir.toAbsolutePath().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(WORK.toFile());
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("DSU_JAVA_OPTS", javaOptions);
        Path out = WORK.resolve(base + "-" + label + ".out");
        Path err = WORK.resolve(base + "-" + label + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.redirectInput(Files.exists(stdinFile) ? ProcessBuilder.Redirect.from(stdinFile.toFile()) : ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        org.junit.jupiter.api.Assertions.assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "timed out");
        String stderr = Files.readString(err, StandardCharsets.ISO_8859_1);
        assertEquals(expected.out(), text(Files.readAllBytes(out)), "stdout differs for " + program.getFileName() + " [" + label + "]; our stderr:\n" + stderr);
        assertEquals(expected.status(), p.exitValue(), "exit status differs [" + label + "]; our stderr:\n" + stderr);
    }

    private static Toolchain.Result nativeResult(Path program, String base, Path stdinFile, List<String> args) throws Exception {
        Toolchain.Result cached = NATIVE.get(base);
        if (cached != null) {
            return cached;
        }
        Path exe = WORK.resolve(base + ".native");
        Toolchain.compile(Toolchain.cmd("gcc", "-O2", "-o", exe.toAbsolutePath().toString(), program.toAbsolutePath().toString(), "-lm"), WORK);
        List<String> run = new ArrayList<>();
        run.add(exe.toAbsolutePath().toString());
        run.addAll(args);
        Toolchain.Result r = Toolchain.exec(run, Files.exists(stdinFile) ? stdinFile.toAbsolutePath() : null, WORK, 60);
        NATIVE.put(base, r);
        return r;
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
