package dev.dsu.tck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The native compilers the differential tests compare against and produce bitcode with. */
final class Toolchain {
    private Toolchain() {
    }

    static boolean available(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (new File(dir, tool).canExecute()) {
                return true;
            }
        }
        return false;
    }

    record Result(int status, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.ISO_8859_1);
        }
    }

    static Result exec(List<String> command, Path stdin, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.redirectInput(stdin != null ? ProcessBuilder.Redirect.from(stdin.toFile()) : ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        Result r = new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(out.resolveSibling(err.getFileName()), StandardCharsets.ISO_8859_1));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    static void compile(List<String> command, Path workDir) throws IOException, InterruptedException {
        Result r = exec(command, null, workDir, 120);
        if (r.status() != 0) {
            throw new IOException("compilation failed: " + String.join(" ", command) + "\n" + r.stderr());
        }
    }

    static List<String> cmd(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
