package dev.dsu.launcher;

import java.util.Arrays;

/**
 * The dsu command. Subcommands: run, cc, diff, update. Every failure ends with one clear message and a
 * non-zero status; Java stack traces only with --log.
 */
public final class DsuMain {
    private DsuMain() {
    }

    static final int USAGE_ERROR = 2;

    public static void main(String[] args) {
        int status;
        try {
            status = dispatch(args);
        } catch (UsageException e) {
            System.err.println("dsu: " + e.getMessage());
            status = USAGE_ERROR;
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    static int dispatch(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printUsage();
            return args.length == 0 ? USAGE_ERROR : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "run" -> RunCommand.run(rest);
            case "cc" -> CompileCommand.run(rest);
            case "diff" -> DiffCommand.run(rest);
            case "update" -> UpdateCommand.run(rest);
            default -> throw new UsageException("unknown command '" + args[0] + "' (try: dsu run PROGRAM, dsu cc FILE.c, dsu diff OLD NEW, dsu --help)");
        };
    }

    private static void printUsage() {
        System.out.println("""
                        usage: dsu run [--interpreter-only] [--long-running] [--log] [--control SOCKET] [--update-at NEW@FUNCTION:POINT:N] PROGRAM [ARGS...]
                                   run a C program: PROGRAM is a .c file (compiled with clang, cached),
                                   LLVM bitcode (.bc) or textual LLVM IR (.ll); --update-at updates it
                                   to NEW when update point POINT ("entry", "loop#K") of FUNCTION is
                                   reached for the N-th time; --control opens an owner-only socket
                                   through which `dsu update` updates the running program;
                                   --long-running lets the JVM's C2 compile the runtime's own
                                   Java code too (C1 only by default: a faster start)
                               dsu update SOCKET NEW [--patch SPEC]
                                   update the program running with --control SOCKET to NEW (.c, .bc, .ll)
                                   and print the report; the program is untouched if it is refused;
                                   SPEC overrides default mappings (see dsu diff -o; dsu run --patch
                                   does the same for --update-at)
                               dsu cc FILE.c [-o OUT.bc] [CLANG-FLAGS...]
                                   compile C to bitcode with the flags the runtime expects
                               dsu diff OLD NEW [-o SPEC]
                                   what changed between two versions (.c, .bc or .ll), the default
                                   update mappings, and what needs your decision; -o writes an
                                   editable patch specification""");
    }
}
