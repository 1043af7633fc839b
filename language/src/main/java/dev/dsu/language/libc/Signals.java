package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * signal.h for signals the program sends itself: handlers, the signal mask and pending signals.
 * raise() and kill(getpid(), ...) deliver synchronously, as Linux does before the call returns.
 * A signal's default action either does nothing (SIGCHLD, SIGURG, SIGWINCH, SIGCONT; stop
 * signals too, since nothing could continue us) or ends the program with status 128+sig without
 * flushing stdio, as a process killed by a signal loses its buffered output.
 */
final class Signals {
    static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGABRT = 6, SIGFPE = 8, SIGKILL = 9, SIGSEGV = 11, SIGTERM = 15, SIGCHLD = 17,
                    SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGWINCH = 28;
    static final int SIGRTMIN = 34, NSIG = 65;
    static final long SIG_DFL = 0, SIG_IGN = 1, SIG_ERR = -1;
    static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    static final int SA_SIGINFO = 4, SA_RESTART = 0x10000000, SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000;
    /** si_code of a signal sent by raise() (tgkill) and by kill(). */
    private static final int SI_TKILL = -6, SI_USER = 0;
    static final int SIGSET_BYTES = 128;
    // struct sigaction on x86-64: handler, sa_mask, sa_flags, sa_restorer
    private static final int SA_MASK_OFFSET = 8, SA_FLAGS_OFFSET = 136, SA_RESTORER_OFFSET = 144;

    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
                    "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
                    "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
                    "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
                    "Window changed", "I/O possible", "Power failure", "Bad system call"};
    private static final String[] ABBREVIATIONS = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE",
                    "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR",
                    "SYS"};

    private final Heap heap;
    private final Errno errno;
    private final Stdio stdio;
    private final FunctionCaller caller;

    private final long[] handlers = new long[NSIG];
    private final int[] flags = new int[NSIG];
    private final long[] masks = new long[NSIG];
    /** Signals 1..64 as bits 0..63. */
    private long blocked;
    private long pending;
    /** strsignal's strings, made once per signal number. */
    private final Map<Integer, Long> descriptions = new HashMap<>();
    private final Map<Integer, Long> abbreviations = new HashMap<>();

    Signals(Heap heap, Errno errno, Stdio stdio, FunctionCaller caller) {
        this.heap = heap;
        this.errno = errno;
        this.stdio = stdio;
        this.caller = caller;
    }

    private static long bit(int sig) {
        return 1L << (sig - 1);
    }

    private static boolean valid(int sig) {
        return sig > 0 && sig < NSIG;
    }

    /** SIGKILL and SIGSTOP can be neither caught, ignored nor blocked. */
    private static long blockable(long set) {
        return set & ~(bit(SIGKILL) | bit(SIGSTOP));
    }

    private static boolean ignoredByDefault(int sig) {
        return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT || sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
    }

    private int fail(int error) {
        errno.set(error);
        return -1;
    }

    // ---- delivery ----

    /** Sends sig to this process: delivered now unless blocked, then it waits for unblocking. */
    int send(int sig, int code, Node loc) {
        if (!valid(sig)) {
            return fail(Errno.EINVAL);
        }
        if ((blocked & bit(sig)) != 0 && blockable(bit(sig)) != 0) {
            pending |= bit(sig);
            return 0;
        }
        deliver(sig, code, loc);
        return 0;
    }

    private void deliver(int sig, int code, Node loc) {
        long handler = handlers[sig];
        if (handler == SIG_IGN) {
            return;
        }
        if (handler == SIG_DFL) {
            if (!ignoredByDefault(sig)) {
                throw new ProgramExit(128 + sig);
            }
            return;
        }
        boolean wantsInfo = (flags[sig] & SA_SIGINFO) != 0;
        long savedMask = blocked;
        blocked |= blockable(masks[sig] | ((flags[sig] & SA_NODEFER) != 0 ? 0 : bit(sig)));
        if ((flags[sig] & SA_RESETHAND) != 0) {
            handlers[sig] = SIG_DFL;
            flags[sig] = 0;
        }
        try {
            if (wantsInfo) {
                callWithInfo(handler, sig, code, loc);
            } else {
                caller.call(handler, new Object[]{(long) sig}, loc);
            }
        } finally {
            blocked = savedMask;
        }
        deliverPending(loc);
    }

    private void callWithInfo(long handler, int sig, int code, Node loc) {
        long info = heap.allocateStack(128, "siginfo_t");
        try {
            heap.fill(info, (byte) 0, 128, loc);
            heap.putI32(info, sig, loc);
            heap.putI32(info + 8, code, loc);
            heap.putI32(info + 16, (int) ProcessHandle.current().pid(), loc);
            heap.putI32(info + 20, 1000, loc); // getuid()
            caller.call(handler, new Object[]{(long) sig, info, 0L}, loc);
        } finally {
            heap.releaseStack(info);
        }
    }

    /** Delivers the pending signals the mask no longer blocks, lowest number first. */
    private void deliverPending(Node loc) {
        long ready;
        while ((ready = pending & ~blocked) != 0) {
            int sig = Long.numberOfTrailingZeros(ready) + 1;
            pending &= ~bit(sig);
            deliver(sig, SI_TKILL, loc);
        }
    }

    // ---- handlers ----

    long signal(int sig, long handler) {
        if (!valid(sig) || sig == SIGKILL || sig == SIGSTOP) {
            fail(Errno.EINVAL);
            return SIG_ERR;
        }
        long old = handlers[sig];
        // glibc's signal() has BSD semantics: the handler stays, the signal is blocked while it runs
        handlers[sig] = handler;
        flags[sig] = SA_RESTART;
        masks[sig] = 0;
        return old;
    }

    int sigaction(int sig, long act, long oldact, Node loc) {
        if (!valid(sig) || act != 0 && (sig == SIGKILL || sig == SIGSTOP)) {
            return fail(Errno.EINVAL);
        }
        if (oldact != 0) {
            heap.putI64(oldact, handlers[sig], loc);
            writeSet(oldact + SA_MASK_OFFSET, masks[sig], loc);
            heap.putI32(oldact + SA_FLAGS_OFFSET, flags[sig], loc);
            heap.putI64(oldact + SA_RESTORER_OFFSET, 0, loc);
        }
        if (act != 0) {
            long handler = heap.getI64(act, loc);
            long mask = readSet(act + SA_MASK_OFFSET, loc);
            int f = heap.getI32(act + SA_FLAGS_OFFSET, loc);
            handlers[sig] = handler;
            masks[sig] = mask;
            flags[sig] = f;
            if (handler == SIG_IGN || handler == SIG_DFL && ignoredByDefault(sig)) {
                pending &= ~bit(sig); // POSIX: setting SIG_IGN discards a pending signal
            }
        }
        return 0;
    }

    // ---- masks ----

    private long readSet(long set, Node loc) {
        return heap.getI64(set, loc);
    }

    private void writeSet(long set, long bits, Node loc) {
        heap.fill(set, (byte) 0, SIGSET_BYTES, loc);
        heap.putI64(set, bits, loc);
    }

    int sigprocmask(int how, long set, long oldset, Node loc) {
        if (set != 0 && (how < SIG_BLOCK || how > SIG_SETMASK)) {
            return fail(Errno.EINVAL);
        }
        long old = blocked;
        if (set != 0) {
            long s = blockable(readSet(set, loc));
            blocked = switch (how) {
                case SIG_BLOCK -> blocked | s;
                case SIG_UNBLOCK -> blocked & ~s;
                default -> s;
            };
        }
        if (oldset != 0) {
            writeSet(oldset, old, loc);
        }
        deliverPending(loc);
        return 0;
    }

    /** sigsuspend: with nothing pending a native process would sleep forever; here it returns EINTR. */
    int sigsuspend(long set, Node loc) {
        long saved = blocked;
        blocked = blockable(readSet(set, loc));
        try {
            deliverPending(loc);
        } finally {
            blocked = saved;
        }
        deliverPending(loc);
        return fail(Errno.EINTR);
    }

    /** abort(): SIGABRT unblocked and raised; a handler that returns gets the default action anyway. */
    void abort(Node loc) {
        blocked &= ~bit(SIGABRT);
        send(SIGABRT, SI_TKILL, loc);
        handlers[SIGABRT] = SIG_DFL;
        flags[SIGABRT] = 0;
        throw new ProgramExit(128 + SIGABRT);
    }

    // ---- names ----

    static String description(int sig) {
        if (sig > 0 && sig < DESCRIPTIONS.length) {
            return DESCRIPTIONS[sig];
        }
        if (sig >= SIGRTMIN && sig < NSIG) {
            return "Real-time signal " + (sig - SIGRTMIN);
        }
        return "Unknown signal " + sig;
    }

    private long cString(Map<Integer, Long> cache, int sig, String text) {
        return cache.computeIfAbsent(sig, k -> heap.allocateCString(text.getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.CONSTANT, "strsignal"));
    }

    @TruffleBoundary
    long strsignal(int sig) {
        return cString(descriptions, sig, description(sig));
    }

    @TruffleBoundary
    private long sigabbrev(int sig) {
        if (sig > 0 && sig < ABBREVIATIONS.length) {
            return cString(abbreviations, sig, ABBREVIATIONS[sig]);
        }
        return 0;
    }

    @TruffleBoundary
    private void psignal(int sig, long prefix, Node loc) {
        String p = prefix != 0 ? heap.readCString(prefix, loc) : "";
        String msg = (p.isEmpty() ? "" : p + ": ") + description(sig) + "\n";
        stdio.write(stdio.stderr, msg.getBytes(StandardCharsets.ISO_8859_1));
    }

    private int setBit(long set, int sig, boolean on, Node loc) {
        // glibc keeps its two internal signals (32, 33) out of user sets
        if (!valid(sig) || sig == 32 || sig == 33) {
            return fail(Errno.EINVAL);
        }
        long bits = readSet(set, loc);
        heap.putI64(set, on ? bits | bit(sig) : bits & ~bit(sig), loc);
        return 0;
    }

    void register(Map<String, Builtin> m) {
        m.put("signal", (a, loc) -> signal(Args.i(a, 0), Args.l(a, 1)));
        m.put("bsd_signal", m.get("signal"));
        m.put("__sysv_signal", (a, loc) -> {
            // System V semantics: the handler is reset on delivery and not blocked while it runs
            int sig = Args.i(a, 0);
            long old = signal(sig, Args.l(a, 1));
            if (old != SIG_ERR) {
                flags[sig] = SA_RESETHAND | SA_NODEFER;
            }
            return old;
        });
        m.put("sysv_signal", m.get("__sysv_signal"));
        m.put("sigaction", (a, loc) -> (long) sigaction(Args.i(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("raise", (a, loc) -> (long) send(Args.i(a, 0), SI_TKILL, loc));
        m.put("kill", (a, loc) -> {
            long pid = Args.i(a, 0);
            int sig = Args.i(a, 1);
            boolean self = pid == ProcessHandle.current().pid() || pid == 0 || pid == -1;
            if (!self) {
                return (long) fail(Errno.EPERM); // other processes are out of reach
            }
            if (sig == 0) {
                return 0L;
            }
            return (long) send(sig, SI_USER, loc);
        });
        m.put("abort", (a, loc) -> {
            abort(loc);
            return null;
        });
        m.put("sigprocmask", (a, loc) -> (long) sigprocmask(Args.i(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("pthread_sigmask", (a, loc) -> {
            // returns the error number instead of setting errno
            int saved = errno.get();
            int r = sigprocmask(Args.i(a, 0), Args.l(a, 1), Args.l(a, 2), loc);
            int error = r == 0 ? 0 : errno.get();
            errno.set(saved);
            return (long) error;
        });
        m.put("sigpending", (a, loc) -> {
            writeSet(Args.l(a, 0), pending, loc);
            return 0L;
        });
        m.put("sigsuspend", (a, loc) -> (long) sigsuspend(Args.l(a, 0), loc));
        m.put("sigemptyset", (a, loc) -> {
            writeSet(Args.l(a, 0), 0, loc);
            return 0L;
        });
        m.put("sigfillset", (a, loc) -> {
            long set = Args.l(a, 0);
            heap.fill(set, (byte) 0xff, SIGSET_BYTES, loc);
            heap.putI64(set, -1L & ~(bit(32) | bit(33)), loc);
            return 0L;
        });
        m.put("sigaddset", (a, loc) -> (long) setBit(Args.l(a, 0), Args.i(a, 1), true, loc));
        m.put("sigdelset", (a, loc) -> (long) setBit(Args.l(a, 0), Args.i(a, 1), false, loc));
        m.put("sigismember", (a, loc) -> {
            int sig = Args.i(a, 1);
            if (!valid(sig)) {
                return (long) fail(Errno.EINVAL);
            }
            return (readSet(Args.l(a, 0), loc) & bit(sig)) != 0 ? 1L : 0L;
        });
        m.put("sigisemptyset", (a, loc) -> {
            long set = Args.l(a, 0);
            for (int k = 0; k < SIGSET_BYTES; k += 8) {
                if (heap.getI64(set + k, loc) != 0) {
                    return 0L;
                }
            }
            return 1L;
        });
        m.put("__libc_current_sigrtmin", (a, loc) -> (long) SIGRTMIN);
        m.put("__libc_current_sigrtmax", (a, loc) -> (long) (NSIG - 1));
        m.put("strsignal", (a, loc) -> strsignal(Args.i(a, 0)));
        m.put("sigdescr_np", (a, loc) -> {
            int sig = Args.i(a, 0);
            return sig > 0 && sig < DESCRIPTIONS.length ? strsignal(sig) : 0L;
        });
        m.put("sigabbrev_np", (a, loc) -> sigabbrev(Args.i(a, 0)));
        m.put("psignal", (a, loc) -> {
            psignal(Args.i(a, 0), Args.l(a, 1), loc);
            return null;
        });
        m.put("pause", (a, loc) -> (long) fail(Errno.EINTR)); // nothing could ever wake it
    }
}
