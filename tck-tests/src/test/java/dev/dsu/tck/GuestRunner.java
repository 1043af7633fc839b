package dev.dsu.tck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;

/** Runs a bitcode or .ll program in our runtime, in process, the way bin/dsu run does. */
final class GuestRunner {
    private static final Engine ENGINE = Engine.newBuilder("dsu").option("engine.WarnInterpreterOnly", "false").build();
    private static final long STACK_BYTES = 1L << 30; // room for the emulated 8 MiB C stack in interpreter frames

    private GuestRunner() {
    }

    static Toolchain.Result run(Path program, List<String> args, byte[] stdin, long timeoutSeconds) throws Exception {
        return run(program, args, stdin, timeoutSeconds, "");
    }

    /** updateSchedule: FILE@FUNCTION:POINT:N, or empty for none. */
    static Toolchain.Result run(Path program, List<String> args, byte[] stdin, long timeoutSeconds, String updateSchedule) throws Exception {
        return run(program, args, stdin, timeoutSeconds, updateSchedule, null);
    }

    /** patch: a patch specification for the scheduled update, or null. */
    static Toolchain.Result run(Path program, List<String> args, byte[] stdin, long timeoutSeconds, String updateSchedule, Path patch) throws Exception {
        String name = program.getFileName().toString();
        Source source = name.endsWith(".ll")
                        ? Source.newBuilder("dsu", Files.readString(program), name).mimeType("text/x-llvmir").build()
                        : Source.newBuilder("dsu", ByteSequence.create(Files.readAllBytes(program)), name).mimeType("application/x-llvm-ir-bitcode").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = new String[args.size() + 1];
        argv[0] = name;
        for (int i = 0; i < args.size(); i++) {
            argv[i + 1] = args.get(i);
        }
        AtomicReference<Object> result = new AtomicReference<>();
        Context.Builder builder = Context.newBuilder("dsu").engine(ENGINE).in(new ByteArrayInputStream(stdin)).out(out).err(err).arguments("dsu", argv);
        if (!updateSchedule.isEmpty()) {
            builder.option("dsu.ScheduleUpdate", updateSchedule);
        }
        if (patch != null) {
            builder.option("dsu.UpdatePatch", patch.toString());
        }
        Context context = builder.build();
        Thread t = new Thread(null, () -> {
            try {
                Value v = context.eval(source);
                result.set(v.isNumber() ? v.asInt() : 0);
            } catch (PolyglotException e) {
                result.set(e);
            } catch (Throwable e) {
                result.set(e);
            }
        }, "guest-main", STACK_BYTES);
        t.start();
        t.join(timeoutSeconds * 1000);
        if (t.isAlive()) {
            context.close(true);
            t.join(10_000);
            throw new IOException("timed out after " + timeoutSeconds + " s");
        }
        try {
            context.close();
        } catch (PolyglotException e) {
            // a context whose program faulted may refuse a graceful close; the result is already known
        }
        Object r = result.get();
        if (r instanceof Integer status) {
            return new Toolchain.Result(status, out.toByteArray(), err.toString());
        }
        if (r instanceof PolyglotException pe && pe.isExit()) {
            return new Toolchain.Result(pe.getExitStatus(), out.toByteArray(), err.toString());
        }
        Throwable th = (Throwable) r;
        throw new AssertionError("guest failed: " + th + "\nstderr:\n" + err, th);
    }

    static byte[] readOptional(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
    }
}
