package dev.dsu.language.libc;

import java.util.Arrays;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** The printf family's destinations (stream, buffer, descriptor, new string), plus _FORTIFY_SOURCE aliases. */
final class FormattedOutput {
    private final Heap heap;
    private final Errno errno;
    private final Stdio stdio;
    final Printf printf;

    FormattedOutput(Heap heap, Errno errno, Stdio stdio) {
        this.heap = heap;
        this.errno = errno;
        this.stdio = stdio;
        this.printf = new Printf(heap, errno);
    }

    /** How to find the arguments after the format: variadic tail at an index, or a va_list argument. */
    private VarArgs args(Object[] a, int index, boolean vaList, Node loc) {
        return vaList ? VarArgs.ofVaList(heap, Args.l(a, index), loc) : VarArgs.of(a, index);
    }

    @TruffleBoundary
    long toStream(Stdio.Stream s, long fmt, VarArgs va, Node loc) {
        FormattedBytes out = printf.formatBytes(fmt, va, loc);
        boolean written = stdio.write(s, out.toByteArray());
        return written ? result(out) : -1;
    }

    @TruffleBoundary
    long toBuffer(long buf, long size, long fmt, VarArgs va, Node loc) {
        FormattedBytes out = printf.formatBytes(fmt, va, loc);
        if (size > 0) {
            int n = (int) Math.min(out.size(), size - 1);
            heap.writeBytes(buf, out.array(), 0, n, loc);
            heap.putI8(buf + n, (byte) 0, loc);
        }
        return result(out);
    }

    @TruffleBoundary
    long toDescriptor(int fd, long fmt, VarArgs va, Node loc) {
        FormattedBytes out = printf.formatBytes(fmt, va, loc);
        FileDescriptors.Fd f = stdio.fds.get(fd);
        if (f == null || !f.writable) {
            errno.set(Errno.EBADF);
            return -1;
        }
        return stdio.fds.writeBytes(f, out.toByteArray()) ? result(out) : -1;
    }

    @TruffleBoundary
    long toNewString(long strp, long fmt, VarArgs va, Node loc) {
        FormattedBytes out = printf.formatBytes(fmt, va, loc);
        if (out.invalid()) {
            return result(out);
        }
        long p = heap.allocateCString(out.toByteArray(), MemoryObject.Kind.HEAP, null);
        heap.putI64(strp, p, loc);
        return out.size();
    }

    /** The count of bytes produced, or -1 with EINVAL for a format that ended inside a specification (after its output, as glibc does). */
    private long result(FormattedBytes out) {
        if (out.invalid()) {
            errno.set(Errno.EINVAL);
            return -1;
        }
        return out.size();
    }

    /**
     * Registers name and its v-variant. fixed = number of arguments before the format (which
     * includes the destination); chkExtra = extra arguments _chk variants insert before the format.
     */
    void register(Map<String, Builtin> m) {
        // printf(fmt, ...)
        m.put("printf", (a, loc) -> toStream(stdio.stdout, Args.l(a, 0), args(a, 1, false, loc), loc));
        m.put("vprintf", (a, loc) -> toStream(stdio.stdout, Args.l(a, 0), args(a, 1, true, loc), loc));
        m.put("__printf_chk", (a, loc) -> toStream(stdio.stdout, Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("__vprintf_chk", (a, loc) -> toStream(stdio.stdout, Args.l(a, 1), args(a, 2, true, loc), loc));
        // fprintf(fp, fmt, ...)
        m.put("fprintf", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("vfprintf", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, true, loc), loc));
        m.put("__fprintf_chk", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 2), args(a, 3, false, loc), loc));
        m.put("__vfprintf_chk", (a, loc) -> toStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 2), args(a, 3, true, loc), loc));
        // sprintf(buf, fmt, ...)
        m.put("sprintf", (a, loc) -> toBuffer(Args.l(a, 0), Long.MAX_VALUE, Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("vsprintf", (a, loc) -> toBuffer(Args.l(a, 0), Long.MAX_VALUE, Args.l(a, 1), args(a, 2, true, loc), loc));
        m.put("__sprintf_chk", (a, loc) -> toBuffer(Args.l(a, 0), Long.MAX_VALUE, Args.l(a, 3), args(a, 4, false, loc), loc));
        m.put("__vsprintf_chk", (a, loc) -> toBuffer(Args.l(a, 0), Long.MAX_VALUE, Args.l(a, 3), args(a, 4, true, loc), loc));
        // snprintf(buf, n, fmt, ...)
        m.put("snprintf", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), args(a, 3, false, loc), loc));
        m.put("vsnprintf", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), args(a, 3, true, loc), loc));
        m.put("__snprintf_chk", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 4), args(a, 5, false, loc), loc));
        m.put("__vsnprintf_chk", (a, loc) -> toBuffer(Args.l(a, 0), Args.l(a, 1), Args.l(a, 4), args(a, 5, true, loc), loc));
        // dprintf(fd, fmt, ...)
        m.put("dprintf", (a, loc) -> toDescriptor(Args.i(a, 0), Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("vdprintf", (a, loc) -> toDescriptor(Args.i(a, 0), Args.l(a, 1), args(a, 2, true, loc), loc));
        m.put("__dprintf_chk", (a, loc) -> toDescriptor(Args.i(a, 0), Args.l(a, 2), args(a, 3, false, loc), loc));
        m.put("__vdprintf_chk", (a, loc) -> toDescriptor(Args.i(a, 0), Args.l(a, 2), args(a, 3, true, loc), loc));
        // asprintf(char **strp, fmt, ...)
        m.put("asprintf", (a, loc) -> toNewString(Args.l(a, 0), Args.l(a, 1), args(a, 2, false, loc), loc));
        m.put("vasprintf", (a, loc) -> toNewString(Args.l(a, 0), Args.l(a, 1), args(a, 2, true, loc), loc));
        m.put("__asprintf_chk", (a, loc) -> toNewString(Args.l(a, 0), Args.l(a, 2), args(a, 3, false, loc), loc));
        m.put("__vasprintf_chk", (a, loc) -> toNewString(Args.l(a, 0), Args.l(a, 2), args(a, 3, true, loc), loc));

        // other _FORTIFY_SOURCE variants: the object size argument is dropped
        alias(m, "__memcpy_chk", "memcpy", 3);
        alias(m, "__memmove_chk", "memmove", 3);
        alias(m, "__mempcpy_chk", "mempcpy", 3);
        alias(m, "__memset_chk", "memset", 3);
        alias(m, "__strcpy_chk", "strcpy", 2);
        alias(m, "__stpcpy_chk", "stpcpy", 2);
        alias(m, "__strncpy_chk", "strncpy", 3);
        alias(m, "__stpncpy_chk", "stpncpy", 3);
        alias(m, "__strcat_chk", "strcat", 2);
        alias(m, "__strncat_chk", "strncat", 3);
        alias(m, "__fgets_chk", "fgets", -1);
        alias(m, "__fread_chk", "fread", -1);
        alias(m, "__read_chk", "read", 3);
        alias(m, "__getcwd_chk", "getcwd", 2);
        m.put("__stack_chk_fail", (a, loc) -> {
            throw new dev.dsu.nodes.memory.MemoryFault("*** stack smashing detected ***: terminated", 134, loc);
        });
    }

    /** target with the _chk argument list: keep the first keep arguments (or drop the size at index 1 when -1). */
    private static void alias(Map<String, Builtin> m, String name, String target, int keep) {
        Builtin t = m.get(target);
        if (t == null) {
            return;
        }
        if (keep >= 0) {
            m.put(name, (a, loc) -> t.call(Arrays.copyOf(a, Math.min(keep, a.length)), loc));
        } else {
            // __fgets_chk(buf, size, n, fp) etc.: the buffer size is the second argument
            m.put(name, (a, loc) -> {
                Object[] b = new Object[Math.max(0, a.length - 1)];
                if (a.length > 0) {
                    b[0] = a[0];
                    System.arraycopy(a, 2, b, 1, a.length - 2);
                }
                return t.call(b, loc);
            });
        }
    }
}
