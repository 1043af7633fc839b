package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** errno: one int in a library object whose address {@code __errno_location()} hands out. */
final class Errno {
    static final int EPERM = 1, ENOENT = 2, EINTR = 4, EIO = 5, EBADF = 9, ECHILD = 10, EAGAIN = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
                    EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOTTY = 25, ENOSPC = 28, ESPIPE = 29, EDOM = 33,
                    ERANGE = 34, ENOSYS = 38, ENOTEMPTY = 39, EOVERFLOW = 75, EILSEQ = 84;

    // Taken from glibc 2.36's strerror() output for 0..133 (Linux x86_64).
    private static final String[] MESSAGES = {
            "Success",
            "Operation not permitted",
            "No such file or directory",
            "No such process",
            "Interrupted system call",
            "Input/output error",
            "No such device or address",
            "Argument list too long",
            "Exec format error",
            "Bad file descriptor",
            "No child processes",
            "Resource temporarily unavailable",
            "Cannot allocate memory",
            "Permission denied",
            "Bad address",
            "Block device required",
            "Device or resource busy",
            "File exists",
            "Invalid cross-device link",
            "No such device",
            "Not a directory",
            "Is a directory",
            "Invalid argument",
            "Too many open files in system",
            "Too many open files",
            "Inappropriate ioctl for device",
            "Text file busy",
            "File too large",
            "No space left on device",
            "Illegal seek",
            "Read-only file system",
            "Too many links",
            "Broken pipe",
            "Numerical argument out of domain",
            "Numerical result out of range",
            "Resource deadlock avoided",
            "File name too long",
            "No locks available",
            "Function not implemented",
            "Directory not empty",
            "Too many levels of symbolic links",
            "Unknown error 41",
            "No message of desired type",
            "Identifier removed",
            "Channel number out of range",
            "Level 2 not synchronized",
            "Level 3 halted",
            "Level 3 reset",
            "Link number out of range",
            "Protocol driver not attached",
            "No CSI structure available",
            "Level 2 halted",
            "Invalid exchange",
            "Invalid request descriptor",
            "Exchange full",
            "No anode",
            "Invalid request code",
            "Invalid slot",
            "Unknown error 58",
            "Bad font file format",
            "Device not a stream",
            "No data available",
            "Timer expired",
            "Out of streams resources",
            "Machine is not on the network",
            "Package not installed",
            "Object is remote",
            "Link has been severed",
            "Advertise error",
            "Srmount error",
            "Communication error on send",
            "Protocol error",
            "Multihop attempted",
            "RFS specific error",
            "Bad message",
            "Value too large for defined data type",
            "Name not unique on network",
            "File descriptor in bad state",
            "Remote address changed",
            "Can not access a needed shared library",
            "Accessing a corrupted shared library",
            ".lib section in a.out corrupted",
            "Attempting to link in too many shared libraries",
            "Cannot exec a shared library directly",
            "Invalid or incomplete multibyte or wide character",
            "Interrupted system call should be restarted",
            "Streams pipe error",
            "Too many users",
            "Socket operation on non-socket",
            "Destination address required",
            "Message too long",
            "Protocol wrong type for socket",
            "Protocol not available",
            "Protocol not supported",
            "Socket type not supported",
            "Operation not supported",
            "Protocol family not supported",
            "Address family not supported by protocol",
            "Address already in use",
            "Cannot assign requested address",
            "Network is down",
            "Network is unreachable",
            "Network dropped connection on reset",
            "Software caused connection abort",
            "Connection reset by peer",
            "No buffer space available",
            "Transport endpoint is already connected",
            "Transport endpoint is not connected",
            "Cannot send after transport endpoint shutdown",
            "Too many references: cannot splice",
            "Connection timed out",
            "Connection refused",
            "Host is down",
            "No route to host",
            "Operation already in progress",
            "Operation now in progress",
            "Stale file handle",
            "Structure needs cleaning",
            "Not a XENIX named type file",
            "No XENIX semaphores available",
            "Is a named type file",
            "Remote I/O error",
            "Disk quota exceeded",
            "No medium found",
            "Wrong medium type",
            "Operation canceled",
            "Required key not available",
            "Key has expired",
            "Key has been revoked",
            "Key was rejected by service",
            "Owner died",
            "State not recoverable",
            "Operation not possible due to RF-kill",
            "Memory page has hardware error",
    };

    private final Heap heap;
    final long address;
    /** strerror() results live as long as the program: one constant string per message. */
    private final Map<Integer, Long> messageStrings = new HashMap<>();

    Errno(Heap heap) {
        this.heap = heap;
        this.address = heap.allocate(4, MemoryObject.Kind.GLOBAL, "errno");
    }

    void set(int value) {
        heap.putI32(address, value, null);
    }

    int get() {
        return heap.getI32(address, null);
    }

    static String message(int errnum) {
        return errnum >= 0 && errnum < MESSAGES.length ? MESSAGES[errnum] : "Unknown error " + errnum;
    }

    @TruffleBoundary
    long messagePointer(int errnum) {
        return messageStrings.computeIfAbsent(errnum,
                        e -> heap.allocateCString(message(e).getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.CONSTANT, "strerror"));
    }
}
