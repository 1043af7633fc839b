package dev.dsu.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dsu.runtime.control.ControlEndpoint;

/** dsu update SOCKET NEW: asks a program started with --control SOCKET to update itself to NEW. */
final class UpdateCommand {
    private UpdateCommand() {
    }

    static int run(String[] args) {
        Path patch = null;
        if (args.length == 4 && args[2].equals("--patch")) {
            patch = Path.of(args[3]).toAbsolutePath();
            if (!Files.isRegularFile(patch)) {
                throw new UsageException("no such file: " + patch);
            }
        } else if (args.length != 2) {
            throw new UsageException("usage: dsu update SOCKET NEW [--patch SPEC]   (NEW is a .c, .bc or .ll file)");
        }
        Path socket = Path.of(args[0]);
        Path newVersion = Path.of(args[1]);
        if (!Files.isRegularFile(newVersion)) {
            throw new UsageException("no such file: " + newVersion);
        }
        if (!Files.exists(socket)) {
            throw new UsageException("no control endpoint at " + socket + " (start the program with dsu run --control " + socket + ")");
        }
        Path ir;
        try {
            ir = newVersion.toString().endsWith(".c") ? ClangDriver.cachedBitcode(newVersion, ClangDriver.UPDATABLE_FLAGS) : newVersion;
        } catch (IOException e) {
            throw new UsageException("cannot read " + newVersion + ": " + e.getMessage());
        }
        String answer;
        try {
            answer = ControlEndpoint.request(socket, "update\t" + ir.toAbsolutePath() + (patch != null ? "\t" + patch : ""));
        } catch (IOException e) {
            throw new UsageException("cannot reach the program at " + socket + ": " + e.getMessage());
        }
        System.out.print(answer);
        String[] lines = answer.strip().split("\n");
        return lines.length > 0 && lines[lines.length - 1].equals("OK") ? 0 : 1;
    }
}
