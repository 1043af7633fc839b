package dev.dsu.language.libc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** The process's file descriptor table and the unistd/fcntl calls over it. */
final class FileDescriptors {
    static final int O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000, O_APPEND = 02000;
    static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;

    /** An open file description. Methods return -1 with errno semantics left to the caller. */
    abstract static class Fd {
        boolean readable;
        boolean writable;

        /** Bytes read, 0 at end of file. */
        abstract int read(byte[] b, int off, int len) throws IOException;

        abstract void write(byte[] b, int off, int len) throws IOException;

        /** New offset, or -1 if the file is not seekable (ESPIPE). */
        long seek(long offset, int whence) throws IOException {
            return -1;
        }

        void close() throws IOException {
        }
    }

    static final class InputFd extends Fd {
        private final InputStream in;
        /** Set when the program may be updated: reads then wait in a way an update can interrupt. */
        private BlockingInput pumped;

        InputFd(InputStream in) {
            this.in = in;
            this.readable = true;
        }

        void allowUpdatesWhileBlocked(UpdateYield yield) {
            pumped = new BlockingInput(in, yield);
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            return read(b, off, len, true);
        }

        /** mayYield: the current library call has consumed nothing yet, so it can be issued again after an update. */
        int read(byte[] b, int off, int len, boolean mayYield) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pumped != null) {
                return pumped.read(b, off, len, mayYield);
            }
            int n = in.read(b, off, len);
            return Math.max(n, 0);
        }

        @Override
        void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("not writable");
        }
    }

    static final class OutputFd extends Fd {
        private final OutputStream out;

        OutputFd(OutputStream out) {
            this.out = out;
            this.writable = true;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("not readable");
        }

        @Override
        void write(byte[] b, int off, int len) throws IOException {
            // the Java stream is the "device": pass every write(2) through at once
            out.write(b, off, len);
            out.flush();
        }

        @Override
        void close() throws IOException {
            out.flush();
        }
    }

    static final class FileFd extends Fd {
        private final FileChannel channel;
        private final boolean append;

        FileFd(FileChannel channel, boolean readable, boolean writable, boolean append) {
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            int n = channel.read(ByteBuffer.wrap(b, off, len));
            return Math.max(n, 0);
        }

        @Override
        void write(byte[] b, int off, int len) throws IOException {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }

        @Override
        long seek(long offset, int whence) throws IOException {
            long base = switch (whence) {
                case SEEK_SET -> 0;
                case SEEK_CUR -> channel.position();
                case SEEK_END -> channel.size();
                default -> -2;
            };
            if (base == -2 || base + offset < 0) {
                return -2;
            }
            channel.position(base + offset);
            return base + offset;
        }

        @Override
        void close() throws IOException {
            channel.close();
        }
    }

    private Fd[] table = new Fd[64];
    private final Heap heap;
    private final Errno errno;
    private final Set<Path> temporaries = new HashSet<>();

    FileDescriptors(Heap heap, Errno errno, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        this.heap = heap;
        this.errno = errno;
        table[0] = new InputFd(stdin);
        table[1] = new OutputFd(stdout);
        table[2] = new OutputFd(stderr);
    }

    Fd get(int fd) {
        return fd >= 0 && fd < table.length ? table[fd] : null;
    }

    int install(Fd fd) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null) {
                table[i] = fd;
                return i;
            }
        }
        errno.set(Errno.EMFILE);
        return -1;
    }

    /** open(2) semantics; -1 with errno on failure. */
    @TruffleBoundary
    int open(String path, int flags) {
        Path p = Path.of(path);
        int acc = flags & O_ACCMODE;
        Set<OpenOption> opts = new HashSet<>();
        boolean readable = acc == 0 || acc == O_RDWR;
        boolean writable = acc == O_WRONLY || acc == O_RDWR;
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!writable) {
                opts.add(StandardOpenOption.WRITE);
            }
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if (Files.isDirectory(p)) {
                if (writable) {
                    errno.set(Errno.EISDIR);
                    return -1;
                }
            }
            FileChannel ch = FileChannel.open(p, opts);
            return install(new FileFd(ch, readable, writable, (flags & O_APPEND) != 0));
        } catch (IOException | RuntimeException e) {
            errno.set(errnoOf(e));
            return -1;
        }
    }

    static int errnoOf(Exception e) {
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        } else if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        } else if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        } else if (e instanceof IOException && String.valueOf(e.getMessage()).contains("Is a directory")) {
            return Errno.EISDIR;
        }
        return Errno.EIO;
    }

    @TruffleBoundary
    int close(int fd) {
        Fd f = get(fd);
        if (f == null) {
            errno.set(Errno.EBADF);
            return -1;
        }
        table[fd] = null;
        try {
            f.close();
            return 0;
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return -1;
        }
    }

    @TruffleBoundary
    long read(int fd, long buf, long count, Node location) {
        Fd f = get(fd);
        if (f == null || !f.readable) {
            errno.set(Errno.EBADF);
            return -1;
        }
        int n = (int) Math.min(Math.max(count, 0), 1 << 20);
        if (n > 0) {
            heap.resolve(buf, n, location);
        }
        byte[] b = new byte[n];
        try {
            int r = f.read(b, 0, n);
            heap.writeBytes(buf, b, 0, r, location);
            return r;
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return -1;
        }
    }

    @TruffleBoundary
    long write(int fd, long buf, long count, Node location) {
        Fd f = get(fd);
        if (f == null || !f.writable) {
            errno.set(Errno.EBADF);
            return -1;
        }
        if (count <= 0) {
            return 0;
        }
        byte[] b = heap.readBytes(buf, (int) Math.min(count, Integer.MAX_VALUE - 16), location);
        return writeBytes(f, b) ? b.length : -1;
    }

    @TruffleBoundary
    boolean writeBytes(Fd f, byte[] b) {
        try {
            f.write(b, 0, b.length);
            return true;
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return false;
        }
    }

    @TruffleBoundary
    long lseek(int fd, long offset, int whence) {
        Fd f = get(fd);
        if (f == null) {
            errno.set(Errno.EBADF);
            return -1;
        }
        try {
            long r = f.seek(offset, whence);
            if (r == -1) {
                errno.set(Errno.ESPIPE);
            } else if (r == -2) {
                errno.set(Errno.EINVAL);
                return -1;
            }
            return r;
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return -1;
        }
    }

    @TruffleBoundary
    Path createTemporary() throws IOException {
        Path p = Files.createTempFile("dsu-tmpfile", null);
        p.toFile().deleteOnExit();
        temporaries.add(p);
        return p;
    }

    @TruffleBoundary
    void closeAll() {
        for (int i = 0; i < table.length; i++) {
            if (table[i] != null) {
                try {
                    table[i].close();
                } catch (IOException e) {
                    // nothing to report at exit
                }
                if (i > 2) {
                    table[i] = null;
                }
            }
        }
        for (Path p : temporaries) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort, as the kernel would reclaim an unlinked file
            }
        }
        temporaries.clear();
    }

    // ---- builtins ----

    void register(Map<String, Builtin> m, CLibrary lib) {
        m.put("read", (a, loc) -> read(Args.i(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("write", (a, loc) -> write(Args.i(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("open", (a, loc) -> (long) open(heap.readCString(Args.l(a, 0), loc), Args.i(a, 1)));
        m.put("open64", m.get("open"));
        m.put("creat", (a, loc) -> (long) open(heap.readCString(Args.l(a, 0), loc), O_WRONLY | O_CREAT | O_TRUNC));
        m.put("close", (a, loc) -> {
            int fd = Args.i(a, 0);
            lib.stdio.forgetDescriptor(fd);
            return (long) close(fd);
        });
        m.put("lseek", (a, loc) -> lseek(Args.i(a, 0), Args.l(a, 1), Args.i(a, 2)));
        m.put("lseek64", m.get("lseek"));
        m.put("isatty", (a, loc) -> {
            errno.set(get(Args.i(a, 0)) == null ? Errno.EBADF : Errno.ENOTTY);
            return 0L;
        });
        m.put("getpid", (a, loc) -> ProcessHandle.current().pid());
        m.put("getppid", (a, loc) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        m.put("getuid", (a, loc) -> 1000L);
        m.put("geteuid", (a, loc) -> 1000L);
        m.put("getgid", (a, loc) -> 1000L);
        m.put("getegid", (a, loc) -> 1000L);
        m.put("unlink", (a, loc) -> (long) unlink(heap.readCString(Args.l(a, 0), loc), false));
        m.put("rmdir", (a, loc) -> (long) unlink(heap.readCString(Args.l(a, 0), loc), true));
        m.put("access", (a, loc) -> (long) access(heap.readCString(Args.l(a, 0), loc), Args.i(a, 1)));
        m.put("getcwd", (a, loc) -> getcwd(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("dup", (a, loc) -> {
            Fd f = get(Args.i(a, 0));
            if (f == null) {
                errno.set(Errno.EBADF);
                return -1L;
            }
            return (long) install(f);
        });
        m.put("fsync", (a, loc) -> get(Args.i(a, 0)) == null ? -1L : 0L);
    }

    @TruffleBoundary
    int unlink(String path, boolean directory) {
        Path p = Path.of(path);
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            errno.set(Errno.ENOENT);
            return -1;
        }
        if (Files.isDirectory(p) != directory) {
            errno.set(directory ? Errno.ENOTDIR : Errno.EISDIR);
            return -1;
        }
        try {
            Files.delete(p);
            return 0;
        } catch (IOException e) {
            errno.set(errnoOf(e));
            return -1;
        }
    }

    @TruffleBoundary
    int access(String path, int mode) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            errno.set(Errno.ENOENT);
            return -1;
        }
        if ((mode & 4) != 0 && !Files.isReadable(p) || (mode & 2) != 0 && !Files.isWritable(p) || (mode & 1) != 0 && !Files.isExecutable(p)) {
            errno.set(Errno.EACCES);
            return -1;
        }
        return 0;
    }

    @TruffleBoundary
    long getcwd(long buf, long size, Node location) {
        byte[] cwd = Path.of("").toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
        if (buf == 0) {
            long n = Math.max(size, cwd.length + 1);
            long p = heap.allocate(n, MemoryObject.Kind.HEAP, null);
            heap.writeBytes(p, cwd, 0, cwd.length, location);
            return p;
        }
        if (size == 0) {
            errno.set(Errno.EINVAL);
            return 0L;
        }
        if (size < cwd.length + 1) {
            errno.set(Errno.ERANGE);
            return 0L;
        }
        heap.writeBytes(buf, cwd, 0, cwd.length, location);
        heap.putI8(buf + cwd.length, (byte) 0, location);
        return buf;
    }
}
