package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** getopt() with its globals optarg/optind/opterr/optopt; stops at the first non-option (no argv permutation). */
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

    @TruffleBoundary
    int getopt(int argc, long argv, String opts, Node loc) {
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
        globals.put("optarg", optarg);
        globals.put("optind", optind);
        globals.put("opterr", opterr);
        globals.put("optopt", optopt);
    }
}
