package dev.dsu.launcher;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;

/** dsu run PROGRAM [ARGS]: loads the program into a polyglot context and runs its main. */
final class RunCommand {
    static final String LANGUAGE = "dsu";
    static final String BITCODE_MIME = "application/x-llvm-ir-bitcode";
    static final String TEXT_MIME = "text/x-llvmir";
    /** C programs recurse deeper than a default Java thread stack allows. */
    private static final long STACK_BYTES = 2L << 30;

    private RunCommand() {
    }

    static int run(String[] args) {
        boolean log = false;
        boolean loadStats = false;
        String schedule = "";
        String control = "";
        String patch = "";
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--log" -> log = true;
                case "--control" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--control needs a socket path");
                    }
                    control = Path.of(args[++i]).toAbsolutePath().toString();
                }
                case "--patch" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--patch needs a patch specification file");
                    }
                    patch = Path.of(args[++i]).toAbsolutePath().toString();
                }
                case "--update-at" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--update-at needs NEW@FUNCTION:POINT:N (e.g. v2.c@main:loop#1:3)");
                    }
                    schedule = scheduleWithBitcode(args[++i]);
                }
                case "--load-stats" -> loadStats = true;
                case "--interpreter-only", "--long-running" -> {
                    // handled by bin/dsu (JVM flags); accepted here so direct java invocations work too
                }
                default -> throw new UsageException("unknown option " + args[i]);
            }
            i++;
        }
        if (i >= args.length) {
            throw new UsageException("usage: dsu run [--interpreter-only] [--long-running] [--log] [--load-stats] [--control SOCKET] [--update-at NEW@FUNCTION:POINT:N] PROGRAM [ARGS...]");
        }
        Path program = Path.of(args[i]);
        List<String> programArgs = new ArrayList<>();
        programArgs.add(args[i]);
        for (int k = i + 1; k < args.length; k++) {
            programArgs.add(args[k]);
        }
        if (!Files.isRegularFile(program)) {
            throw new UsageException("no such file: " + program);
        }
        Source source;
        try {
            source = sourceFor(program, !schedule.isEmpty() || !control.isEmpty());
        } catch (IOException e) {
            throw new UsageException("cannot read " + program + ": " + e.getMessage());
        }
        int[] status = {0};
        boolean logging = log;
        String updateSchedule = schedule;
        String controlSocket = control;
        String updatePatch = patch;
        boolean stats = loadStats;
        Thread runner = new Thread(null, () -> status[0] = execute(source, programArgs, logging, stats, updateSchedule, updatePatch, controlSocket), "main",
                        STACK_BYTES);
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return status[0];
    }

    static Source sourceFor(Path program, boolean updatable) throws IOException {
        String name = program.getFileName().toString();
        if (name.endsWith(".c")) {
            Path bc = ClangDriver.cachedBitcode(program, updatable ? ClangDriver.UPDATABLE_FLAGS : ClangDriver.RECOMMENDED_FLAGS);
            return Source.newBuilder(LANGUAGE, ByteSequence.create(Files.readAllBytes(bc)), name).mimeType(BITCODE_MIME).build();
        } else if (name.endsWith(".ll")) {
            return Source.newBuilder(LANGUAGE, Files.readString(program, StandardCharsets.UTF_8), name).mimeType(TEXT_MIME).build();
        }
        return Source.newBuilder(LANGUAGE, ByteSequence.create(Files.readAllBytes(program)), name).mimeType(BITCODE_MIME).build();
    }

    /** The new version of a scheduled update may be C: compile it like the program. */
    private static String scheduleWithBitcode(String spec) {
        int at = spec.lastIndexOf('@');
        if (at <= 0) {
            throw new UsageException("--update-at needs NEW@FUNCTION:POINT:N (e.g. v2.c@main:loop#1:3), not '" + spec + "'");
        }
        Path file = Path.of(spec.substring(0, at));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            Path ir = file.toString().endsWith(".c") ? ClangDriver.cachedBitcode(file, ClangDriver.UPDATABLE_FLAGS) : file;
            return ir.toAbsolutePath() + spec.substring(at);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Truffle stops compiling a function after 100 compilations, and stops OSR for it after 30
     * OSR recompilations. A long-running C program meets new paths for as long as it runs, and
     * each first pass down a branch its compiled code has not seen deoptimises it: a main loop
     * that met a new branch in each of 64 phases was left to the interpreter from the 31st on,
     * 20 times slower for the rest of the run. Our own speculations only widen (a branch seen
     * both ways stays so), so the deoptimisations a function can cause are bounded by its code,
     * plus one per update applied; the limits are raised to bounds a runaway would still hit.
     */
    private static void compilationLimits(Context.Builder builder) {
        builder.option("engine.OSRMaxCompilationReAttempts", "1000");
        builder.option("engine.MaximumCompilations", "1000");
        recursiveInlining(builder);
    }

    /**
     * Truffle inlines a function into itself two levels deep by default, so a recursive C
     * function makes a real call (an argument array, a boxed result, the call boundary) every
     * third level. Four levels: fib(41) 0.70 -> 0.54-0.60 s per iteration (native 0.54 that
     * day), binarytrees 1.10 -> 1.04-1.13. Six gave fib 0.46-0.50 but compiled binarytrees'
     * two-way recursions to 70 KB each (12 KB at two), at twice the compile time, for no clear
     * gain there. The compiler's inlining budget still bounds what a function grows to.
     */
    private static void recursiveInlining(Context.Builder builder) {
        builder.option("compiler.InliningRecursionDepth", "4");
    }

    private static int execute(Source source, List<String> programArgs, boolean log, boolean loadStats, String updateSchedule, String updatePatch,
                    String controlSocket) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        Context.Builder builder = Context.newBuilder(LANGUAGE).in(new FileInputStream(FileDescriptor.in)).out(out).err(err)
                        .arguments(LANGUAGE, programArgs.toArray(new String[0])).allowExperimentalOptions(true);
        if (!updateSchedule.isEmpty()) {
            builder.option("dsu.ScheduleUpdate", updateSchedule);
        }
        if (!updatePatch.isEmpty()) {
            builder.option("dsu.UpdatePatch", updatePatch);
        }
        if (!controlSocket.isEmpty()) {
            builder.option("dsu.Control", controlSocket);
        }
        if (loadStats) {
            builder.option("dsu.LoadStats", "true");
        }
        if (Boolean.getBoolean("dsu.interpreterOnly")) {
            builder.option("engine.WarnInterpreterOnly", "false");
        } else {
            compilationLimits(builder);
        }
        try (Context context = builder.build()) {
            Value result = context.eval(source);
            return result.isNumber() ? result.asInt() : 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException() && !e.isInternalError()) {
                System.err.println("dsu: " + e.getMessage());
                if (log) {
                    e.printStackTrace();
                }
                return 1;
            }
            System.err.println("dsu: internal error: " + e.getMessage());
            if (log) {
                e.printStackTrace();
            } else {
                System.err.println("dsu: run with --log for the Java stack trace");
            }
            return 70;
        } catch (IllegalArgumentException e) {
            System.err.println("dsu: " + e.getMessage());
            return 1;
        }
    }
}
