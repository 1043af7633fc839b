package dev.dsu.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** dsu cc FILE.c [-o OUT.bc] [flags]: clang with the runtime's recommended flags. */
final class CompileCommand {
    private CompileCommand() {
    }

    static int run(String[] args) {
        Path source = null;
        Path output = null;
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-o")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("-o needs a file name");
                }
                output = Path.of(args[++i]);
            } else if (a.endsWith(".c") && !a.startsWith("-")) {
                if (source != null) {
                    throw new UsageException("dsu cc compiles one file at a time");
                }
                source = Path.of(a);
            } else {
                flags.add(a);
            }
        }
        if (source == null) {
            throw new UsageException("usage: dsu cc FILE.c [-o OUT.bc] [CLANG-FLAGS...]");
        }
        if (!Files.isRegularFile(source)) {
            throw new UsageException("no such file: " + source);
        }
        if (output == null) {
            String name = source.getFileName().toString();
            output = source.resolveSibling(name.substring(0, name.length() - 2) + ".bc");
        }
        return ClangDriver.compile(source, output, flags);
    }
}
