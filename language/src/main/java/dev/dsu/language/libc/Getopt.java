package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * getopt(), getopt_long() and getopt_long_only() with their globals optarg/optind/opterr/optopt,
 * as glibc has them: argv is permuted so that operands end up after the options (unless the
 * option string starts with '+' or POSIXLY_CORRECT is set), and the messages are glibc's.
 */
final class Getopt {
    private final Heap heap;
    private final CLibrary lib;
    private final long optarg;
    private final long optind;
    private final long opterr;
    private final long optopt;
    /** Position inside a cluster of short options ("-abc"). */
    private int next;

    Getopt(Heap heap, CLibrary lib) {
        this.heap = heap;
        this.lib = lib;
        optarg = heap.allocate(8, MemoryObject.Kind.GLOBAL, "optarg");
        optind = heap.allocate(4, MemoryObject.Kind.GLOBAL, "optind");
        opterr = heap.allocate(4, MemoryObject.Kind.GLOBAL, "opterr");
        optopt = heap.allocate(4, MemoryObject.Kind.GLOBAL, "optopt");
        heap.putI32(optind, 1, null);
        heap.putI32(opterr, 1, null);
        heap.putI32(optopt, '?', null);
    }

    /** struct option { const char *name; int has_arg; int *flag; int val; } */
    private static final int OPTION_SIZE = 32;
    private static final int NO_ARGUMENT = 0;
    private static final int REQUIRED_ARGUMENT = 1;

    /**
     * GNU permutation, done as one pass when a scan starts (optind 1): options and their
     * arguments first, then a "--" if there is one, then the operands, then what followed "--". Scanning the result
     * in order gives the options, the final optind and argv that glibc's lazy exchanges give.
     */
    private void permute(int argc, long argv, String opts, long longopts, boolean longOnly, Node loc) {
        if (opts.startsWith("+") || opts.startsWith("-") || lib.stdlib.getenv("POSIXLY_CORRECT") != 0) {
            return;
        }
        java.util.List<Long> options = new java.util.ArrayList<>();
        java.util.List<Long> operands = new java.util.ArrayList<>();
        java.util.List<Long> dashDash = new java.util.ArrayList<>();
        java.util.List<Long> rest = new java.util.ArrayList<>();
        for (int i = 1; i < argc; i++) {
            long ptr = heap.getI64(argv + 8L * i, loc);
            if (ptr == 0) {
                return;
            }
            String s = heap.readCString(ptr, loc);
            if (s.equals("--")) {
                dashDash.add(ptr);
                for (int j = i + 1; j < argc; j++) {
                    rest.add(heap.getI64(argv + 8L * j, loc));
                }
                break;
            }
            if (!s.startsWith("-") || s.length() == 1) {
                operands.add(ptr);
                continue;
            }
            options.add(ptr);
            if (takesNextArgument(s, opts, longopts, longOnly, loc) && i + 1 < argc) {
                options.add(heap.getI64(argv + 8L * ++i, loc));
            }
        }
        if (operands.isEmpty()) {
            return;
        }
        int k = 1;
        for (java.util.List<Long> part : java.util.List.of(options, dashDash, operands, rest)) {
            for (long ptr : part) {
                heap.putI64(argv + 8L * k++, ptr, loc);
            }
        }
    }

    /** Whether an option argument is the next element of argv ("-b x", "--name x"). */
    private boolean takesNextArgument(String s, String opts, long longopts, boolean longOnly, Node loc) {
        boolean isLong = s.startsWith("--") || longOnly && longopts != 0 && s.length() > 2 && longOption(s.substring(1), longopts, loc) >= 0;
        if (isLong && longopts != 0) {
            String body = s.substring(s.startsWith("--") ? 2 : 1);
            if (body.indexOf('=') >= 0) {
                return false;
            }
            int index = longOption(body, longopts, loc);
            return index >= 0 && heap.getI32(longopts + (long) OPTION_SIZE * index + 8, loc) == REQUIRED_ARGUMENT;
        }
        for (int j = 1; j < s.length(); j++) {
            int k = opts.indexOf(s.charAt(j));
            if (k >= 0 && s.charAt(j) != ':' && k + 1 < opts.length() && opts.charAt(k + 1) == ':') {
                boolean optional = k + 2 < opts.length() && opts.charAt(k + 2) == ':';
                return !optional && j == s.length() - 1;
            }
        }
        return false;
    }

    /** The long option {@code name} names, exactly or as a unique prefix, or -1. */
    private int longOption(String name, long longopts, Node loc) {
        int found = -1;
        int matches = 0;
        for (int i = 0;; i++) {
            long namePtr = heap.getI64(longopts + (long) OPTION_SIZE * i, loc);
            if (namePtr == 0) {
                break;
            }
            String candidate = heap.readCString(namePtr, loc);
            if (candidate.equals(name)) {
                return i;
            }
            if (candidate.startsWith(name)) {
                found = i;
                matches++;
            }
        }
        return matches == 1 ? found : -1;
    }

    /**
     * getopt_long: "--name", "--name=value" (and with longOnly "-name") are matched against
     * {@code longopts}, exactly or by a unique prefix; anything else goes to getopt.
     */
    @TruffleBoundary
    int getoptLong(int argc, long argv, String opts, long longopts, long longindex, boolean longOnly, Node loc) {
        int ind = heap.getI32(optind, loc);
        if (ind == 0) {
            ind = 1;
            next = 0;
            heap.putI32(optind, 1, loc);
        }
        if (ind == 1 && next == 0) {
            permute(argc, argv, opts, longopts, longOnly, loc);
        }
        if (next != 0 || ind >= argc) {
            return shortOption(argc, argv, opts, loc);
        }
        long argPtr = heap.getI64(argv + 8L * ind, loc);
        if (argPtr == 0) {
            return -1;
        }
        String s = heap.readCString(argPtr, loc);
        int start;
        if (s.startsWith("--") && s.length() > 2) {
            start = 2;
        } else if (longOnly && s.startsWith("-") && s.length() > 1 && !s.equals("--") && !(s.length() == 2 && opts.indexOf(s.charAt(1)) >= 0)) {
            // getopt_long_only: "-x" for a short option x stays short
            start = 1;
        } else {
            return shortOption(argc, argv, opts, loc);
        }
        int eq = s.indexOf('=', start);
        String name = s.substring(start, eq < 0 ? s.length() : eq);
        int exact = -1;
        java.util.List<Integer> prefixed = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0;; i++) {
            long namePtr = heap.getI64(longopts + (long) OPTION_SIZE * i, loc);
            if (namePtr == 0) {
                break;
            }
            String candidate = heap.readCString(namePtr, loc);
            names.add(candidate);
            if (candidate.equals(name)) {
                exact = i;
                break;
            }
            if (candidate.startsWith(name)) {
                prefixed.add(i);
            }
        }
        boolean colon = opts.startsWith(":") || (opts.length() > 1 && (opts.startsWith("+") || opts.startsWith("-")) && opts.charAt(1) == ':');
        boolean report = heap.getI32(opterr, loc) != 0 && !colon;
        String dashes = s.substring(0, start);
        if (exact < 0 && prefixed.size() != 1) {
            if (start == 1 && prefixed.isEmpty() && opts.indexOf(name.charAt(0)) >= 0) {
                // getopt_long_only: "-abc" that names no long option is a cluster of short ones
                return shortOption(argc, argv, opts, loc);
            }
            heap.putI32(optind, ind + 1, loc);
            heap.putI32(optopt, 0, loc);
            if (report && prefixed.isEmpty()) {
                message(lib.getProgramName() + ": unrecognized option '" + dashes + name + "'\n");
            } else if (report) {
                StringBuilder b = new StringBuilder(lib.getProgramName() + ": option '" + dashes + name + "' is ambiguous; possibilities:");
                for (int i : prefixed) {
                    b.append(" '").append(dashes).append(names.get(i)).append('\'');
                }
                message(b.append('\n').toString());
            }
            return '?';
        }
        int index = exact >= 0 ? exact : prefixed.get(0);
        long option = longopts + (long) OPTION_SIZE * index;
        String fullName = names.get(index);
        int hasArg = heap.getI32(option + 8, loc);
        long flag = heap.getI64(option + 16, loc);
        int val = heap.getI32(option + 24, loc);
        heap.putI32(optind, ++ind, loc);
        heap.putI64(optarg, 0, loc);
        if (eq >= 0) {
            if (hasArg == NO_ARGUMENT) {
                heap.putI32(optopt, flag == 0 ? val : 0, loc);
                if (report) {
                    message(lib.getProgramName() + ": option '" + dashes + fullName + "' doesn't allow an argument\n");
                }
                return '?';
            }
            heap.putI64(optarg, argPtr + eq + 1, loc);
        } else if (hasArg == REQUIRED_ARGUMENT) {
            if (ind >= argc) {
                heap.putI32(optopt, flag == 0 ? val : 0, loc);
                if (report) {
                    message(lib.getProgramName() + ": option '" + dashes + fullName + "' requires an argument\n");
                }
                return colon ? ':' : '?';
            }
            heap.putI64(optarg, heap.getI64(argv + 8L * ind, loc), loc);
            heap.putI32(optind, ind + 1, loc);
        }
        if (longindex != 0) {
            heap.putI32(longindex, index, loc);
        }
        if (flag != 0) {
            heap.putI32(flag, val, loc);
            return 0;
        }
        return val;
    }

    @TruffleBoundary
    int getopt(int argc, long argv, String opts, Node loc) {
        int ind = heap.getI32(optind, loc);
        if ((ind == 0 || ind == 1) && next == 0) {
            permute(argc, argv, opts, 0, false, loc);
        }
        return shortOption(argc, argv, opts, loc);
    }

    private int shortOption(int argc, long argv, String opts, Node loc) {
        heap.putI64(optarg, 0, loc);
        int ind = heap.getI32(optind, loc);
        if (ind == 0) {
            ind = 1;
            next = 0;
            heap.putI32(optind, 1, loc);
        }
        if (opts.startsWith("+") || opts.startsWith("-")) {
            opts = opts.substring(1);
        }
        boolean colon = opts.startsWith(":");
        if (next == 0) {
            if (ind >= argc) {
                return -1;
            }
            long arg = heap.getI64(argv + 8L * ind, loc);
            if (arg == 0) {
                return -1;
            }
            String s = heap.readCString(arg, loc);
            if (s.equals("--")) {
                heap.putI32(optind, ind + 1, loc);
                return -1;
            }
            if (!s.startsWith("-") || s.length() == 1) {
                return -1;
            }
            next = 1;
        }
        long argPtr = heap.getI64(argv + 8L * ind, loc);
        String s = heap.readCString(argPtr, loc);
        char c = s.charAt(next++);
        int k = c == ':' ? -1 : opts.indexOf(c);
        boolean last = next >= s.length();
        if (k < 0) {
            heap.putI32(optopt, c, loc);
            if (last) {
                next = 0;
                heap.putI32(optind, ind + 1, loc);
            }
            if (heap.getI32(opterr, loc) != 0 && !colon) {
                message(lib.getProgramName() + ": invalid option -- '" + c + "'\n");
            }
            return '?';
        }
        boolean takesArg = k + 1 < opts.length() && opts.charAt(k + 1) == ':';
        boolean optionalArg = takesArg && k + 2 < opts.length() && opts.charAt(k + 2) == ':';
        if (!takesArg) {
            if (last) {
                next = 0;
                heap.putI32(optind, ind + 1, loc);
            }
            return c;
        }
        if (!last) {
            heap.putI64(optarg, argPtr + next, loc);
            next = 0;
            heap.putI32(optind, ind + 1, loc);
            return c;
        }
        next = 0;
        if (optionalArg) {
            heap.putI32(optind, ind + 1, loc);
            return c;
        }
        if (ind + 1 >= argc) {
            heap.putI32(optopt, c, loc);
            heap.putI32(optind, ind + 1, loc);
            if (heap.getI32(opterr, loc) != 0 && !colon) {
                message(lib.getProgramName() + ": option requires an argument -- '" + c + "'\n");
            }
            return colon ? ':' : '?';
        }
        heap.putI64(optarg, heap.getI64(argv + 8L * (ind + 1), loc), loc);
        heap.putI32(optind, ind + 2, loc);
        return c;
    }

    private void message(String s) {
        lib.stdio.write(lib.stdio.stderr, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    void register(Map<String, Builtin> m, Map<String, Long> globals) {
        m.put("getopt", (a, loc) -> (long) getopt(Args.i(a, 0), Args.l(a, 1), heap.readCString(Args.l(a, 2), loc), loc));
        m.put("getopt_long", (a, loc) -> (long) getoptLong(Args.i(a, 0), Args.l(a, 1), heap.readCString(Args.l(a, 2), loc), Args.l(a, 3), Args.l(a, 4), false, loc));
        m.put("getopt_long_only",
                        (a, loc) -> (long) getoptLong(Args.i(a, 0), Args.l(a, 1), heap.readCString(Args.l(a, 2), loc), Args.l(a, 3), Args.l(a, 4), true, loc));
        globals.put("optarg", optarg);
        globals.put("optind", optind);
        globals.put("opterr", opterr);
        globals.put("optopt", optopt);
    }
}
