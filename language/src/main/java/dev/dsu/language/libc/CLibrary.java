package dev.dsu.language.libc;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.Heap;

/**
 * The C library of one running program: its builtins by name, the library's own data objects
 * (errno, stdin/stdout/stderr, environ, ...) and process exit.
 */
public final class CLibrary {
    private final Heap heap;
    final Errno errno;
    final FileDescriptors fds;
    final Stdio stdio;
    final Stdlib stdlib;
    private final FunctionCaller caller;
    private final Sleeper sleeper;
    private final Map<String, Builtin> builtins = new HashMap<>();
    private final Map<String, Long> globals = new HashMap<>();
    private String programName = "a.out";
    private boolean exiting;

    public CLibrary(Heap heap, InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> environment, FunctionCaller caller) {
        this.heap = heap;
        this.caller = caller;
        this.errno = new Errno(heap);
        this.fds = new FileDescriptors(heap, errno, stdin, stdout, stderr);
        this.stdio = new Stdio(heap, errno, fds);
        this.sleeper = new Sleeper(heap, errno);
        this.stdlib = new Stdlib(heap, errno, caller, this, environment);
        Ctype ctype = new Ctype(heap);

        fds.register(builtins, this);
        stdio.register(builtins);
        new Strings(heap, errno).register(builtins);
        ctype.register(builtins);
        stdlib.register(builtins);
        new Conversions(heap, errno).register(builtins);
        new FormattedOutput(heap, errno, stdio).register(builtins);
        new FormattedInput(heap, stdio).register(builtins);
        MathFunctions math = new MathFunctions(heap, errno);
        math.register(builtins);
        globals.put("signgam", math.signgam);
        new LongDoubleMath(heap, errno).register(builtins); // replaces the double-based l variants it has
        new TimeFunctions(heap, errno).register(builtins);
        sleeper.register(builtins);
        Getopt getopt = new Getopt(heap, this);
        getopt.register(builtins, globals);
        ComplexArithmetic.register(builtins);
        ComplexFunctions.register(builtins);
        new WideStrings(heap, errno).register(builtins);
        new WideConversions(heap, errno).register(builtins);
        new WideFormat(heap, errno, stdio).register(builtins);
        new StringExtras(heap).register(builtins);
        new Locales(heap).register(builtins);
        new Signals(heap, errno, stdio, caller).register(builtins); // its abort() runs a SIGABRT handler

        builtins.put("__errno_location", (a, loc) -> errno.address);
        builtins.put("__assert_fail", (a, loc) -> {
            assertFail(Args.l(a, 0), Args.l(a, 1), Args.u32(a, 2), Args.l(a, 3), loc);
            return null;
        });
        builtins.put("__assert", (a, loc) -> {
            assertFail(Args.l(a, 0), Args.l(a, 1), Args.u32(a, 2), 0, loc);
            return null;
        });

        globals.put("stdin", stdio.stdinVar);
        globals.put("stdout", stdio.stdoutVar);
        globals.put("stderr", stdio.stderrVar);
        globals.put("_IO_2_1_stdin_", heap.getI64(stdio.stdinVar, null));
        globals.put("_IO_2_1_stdout_", heap.getI64(stdio.stdoutVar, null));
        globals.put("_IO_2_1_stderr_", heap.getI64(stdio.stderrVar, null));
        globals.put("environ", stdlib.environVar);
        globals.put("__environ", stdlib.environVar);
        globals.put("errno", errno.address);
    }

    /** argv[0], used in assertion messages. */
    /** Lets reads of standard input give way to live updates (see UpdateYield). */
    public void allowUpdatesWhileBlocked(UpdateYield yield) {
        ((FileDescriptors.InputFd) fds.get(0)).allowUpdatesWhileBlocked(yield);
        stdio.stdin.consumption = new ConsumptionTracker(yield);
        sleeper.allowUpdatesWhileBlocked(yield);
    }

    public void setProgramName(String name) {
        this.programName = name;
    }

    public String getProgramName() {
        return programName;
    }

    public Heap getHeap() {
        return heap;
    }

    FunctionCaller caller() {
        return caller;
    }

    /** The builtin implementing the named C function, or null. */
    public Builtin lookup(String name) {
        return builtins.get(name);
    }

    /** The address of a library data object a program references as an external global, or null. */
    public Long globalAddress(String name) {
        return globals.get(name);
    }

    /** exit(): atexit handlers in reverse order, then flush and close every stream. */
    @TruffleBoundary
    public void exit(int status, Node location) {
        if (!exiting) {
            exiting = true;
            while (!stdlib.atexitHandlers.isEmpty()) {
                long handler = stdlib.atexitHandlers.remove(stdlib.atexitHandlers.size() - 1);
                caller.call(handler, new Object[0], location);
            }
            stdio.closeAll();
        }
        throw new ProgramExit(status & 0xff);
    }

    /** Writes out every stream's buffer (for a runtime ending the program some other way). */
    @TruffleBoundary
    public void flushAll() {
        stdio.flushAll();
    }

    @TruffleBoundary
    private void assertFail(long assertion, long file, long line, long function, Node loc) {
        String msg = programName + ": " + heap.readCString(file, loc) + ":" + line + ": " + (function != 0 ? heap.readCString(function, loc) + ": " : "") +
                        "Assertion `" + heap.readCString(assertion, loc) + "' failed.\n";
        byte[] b = msg.getBytes(StandardCharsets.ISO_8859_1);
        stdio.write(stdio.stderr, b);
        throw new ProgramExit(134);
    }
}
