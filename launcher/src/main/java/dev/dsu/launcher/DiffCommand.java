package dev.dsu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dsu.language.bitcode.BitcodeReader;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.language.text.IrTextReader;
import dev.dsu.language.version.VersionDescriber;
import dev.dsu.runtime.version.DiffReport;
import dev.dsu.runtime.version.PatchSpecWriter;
import dev.dsu.runtime.version.ProgramVersion;
import dev.dsu.runtime.version.VersionDiff;

/** dsu diff OLD NEW [-o SPEC]: the patch generator. */
final class DiffCommand {
    private DiffCommand() {
    }

    static int run(String[] args) {
        Path oldFile = null;
        Path newFile = null;
        Path spec = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-o")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("-o needs a file name");
                }
                spec = Path.of(args[++i]);
            } else if (oldFile == null) {
                oldFile = Path.of(args[i]);
            } else if (newFile == null) {
                newFile = Path.of(args[i]);
            } else {
                throw new UsageException("usage: dsu diff OLD NEW [-o SPEC]");
            }
        }
        if (newFile == null) {
            throw new UsageException("usage: dsu diff OLD NEW [-o SPEC]   (each a .c, .bc or .ll file)");
        }
        ProgramVersion from = describe(oldFile);
        ProgramVersion to = describe(newFile);
        VersionDiff diff = VersionDiff.compute(from, to);
        System.out.print(DiffReport.render(diff));
        if (spec != null) {
            try {
                Files.writeString(spec, PatchSpecWriter.write(diff, oldFile.toString(), newFile.toString()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + spec + ": " + e.getMessage());
            }
            System.out.println("patch specification written to " + spec);
        }
        return 0;
    }

    private static ProgramVersion describe(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            String name = file.getFileName().toString();
            Path ir = name.endsWith(".c") ? ClangDriver.cachedBitcode(file) : file;
            Module module = name.endsWith(".ll") ? IrTextReader.read(Files.readString(ir, StandardCharsets.UTF_8), name)
                            : BitcodeReader.read(Files.readAllBytes(ir));
            return VersionDescriber.describe(module, file.toString());
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        } catch (IrReadException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }
}
