package dev.dsu.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds clang and compiles C to bitcode with the flags the runtime expects; results of
 * {@code dsu run x.c} are cached by content so a rerun starts at once.
 */
final class ClangDriver {
    /** -g gives fault reports source lines; -O2 is what the runtime is tuned for. */
    static final List<String> RECOMMENDED_FLAGS = List.of("-O2", "-g", "-fno-stack-protector", "-D_FORTIFY_SOURCE=0", "-Wno-unused-command-line-argument");
    /**
     * For programs that will be updated: the optimiser must not split or hide program state
     * (at -O1 and above it breaks struct globals into pieces and keeps locals only in registers),
     * or the update cannot map it.
     */
    static final List<String> UPDATABLE_FLAGS = List.of("-O0", "-g", "-fno-stack-protector", "-D_FORTIFY_SOURCE=0", "-Wno-unused-command-line-argument");

    private ClangDriver() {
    }

    static String findClang() {
        String configured = System.getenv("DSU_CLANG");
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        for (String candidate : new String[]{"clang", "clang-19", "clang-14", "clang-18", "clang-17", "clang-16", "clang-15"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, candidate);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        throw new UsageException("no clang found to compile C (install it with: apt-get install clang), or pass a .bc/.ll file");
    }

    /** Compiles source to output; returns clang's exit status (its diagnostics go to our stderr). */
    static int compile(Path source, Path output, List<String> extraFlags) {
        return compile(source, output, RECOMMENDED_FLAGS, extraFlags);
    }

    static int compile(Path source, Path output, List<String> baseFlags, List<String> extraFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(findClang());
        cmd.addAll(baseFlags);
        cmd.addAll(extraFlags);
        cmd.add("-c");
        cmd.add("-emit-llvm");
        cmd.add("-o");
        cmd.add(output.toString());
        cmd.add(source.toString());
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            throw new UsageException("could not run " + cmd.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Bitcode for a .c file, compiled on first use and cached by the file's content. */
    static Path cachedBitcode(Path source) throws IOException {
        return cachedBitcode(source, RECOMMENDED_FLAGS);
    }

    static Path cachedBitcode(Path source, List<String> flags) throws IOException {
        byte[] content = Files.readAllBytes(source);
        String clang = findClang();
        String key = hash(content, source.toAbsolutePath().toString(), clang, String.join(" ", flags));
        Path dir = cacheDirectory();
        Files.createDirectories(dir);
        String base = source.getFileName().toString().replaceAll("\\.c$", "");
        // the source's name first: update reports and error messages show this path
        Path bc = dir.resolve(base + "-" + key + ".bc");
        if (!Files.exists(bc)) {
            Path tmp = Files.createTempFile(dir, "compile", ".bc");
            int status = compile(source, tmp, flags, List.of());
            if (status != 0) {
                Files.deleteIfExists(tmp);
                throw new UsageException("clang failed to compile " + source + " (status " + status + ")");
            }
            Files.move(tmp, bc, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return bc;
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("dsu");
    }

    private static String hash(byte[] content, String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(content);
            for (String p : parts) {
                md.update((byte) 0);
                md.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
