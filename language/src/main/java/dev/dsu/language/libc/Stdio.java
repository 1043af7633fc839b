package dev.dsu.language.libc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;
import dev.dsu.nodes.memory.MemoryObject;

/** FILE streams: buffering, pushback and flags as glibc has them, over {@link FileDescriptors}. */
final class Stdio {
    static final int EOF = -1;
    static final int IOFBF = 0, IOLBF = 1, IONBF = 2;
    static final int BUFSIZ = 4096;
    /** sizeof(FILE) in glibc; the object is opaque to C code but must be addressable. */
    private static final int FILE_SIZE = 216;

    /** One FILE. */
    final class Stream {
        /** For stdin of an updatable program: which library call last consumed input. */
        ConsumptionTracker consumption;

        final long address;
        int fd;
        FileDescriptors.Fd file;
        boolean readable;
        boolean writable;
        int mode;
        private byte[] out = new byte[BUFSIZ];
        private int outLen;
        private byte[] in = new byte[BUFSIZ];
        private int inPos;
        private int inLen;
        private final ArrayList<Byte> pushback = new ArrayList<>();
        boolean eof;
        boolean error;

        Stream(long address, int fd, FileDescriptors.Fd file, boolean readable, boolean writable, int mode) {
            this.address = address;
            this.fd = fd;
            this.file = file;
            this.readable = readable;
            this.writable = writable;
            this.mode = mode;
        }

        /** Drops read-ahead so that the descriptor offset is where the program thinks it reads. */
        private void dropInput() {
            int unread = inLen - inPos + pushback.size();
            if (unread > 0) {
                try {
                    file.seek(-unread, FileDescriptors.SEEK_CUR);
                } catch (IOException e) {
                    // unseekable input: the read-ahead is lost, as natively
                }
            }
            inPos = inLen = 0;
            pushback.clear();
        }

        int flush() {
            if (outLen == 0) {
                return 0;
            }
            try {
                file.write(out, 0, outLen);
                outLen = 0;
                return 0;
            } catch (IOException e) {
                outLen = 0;
                error = true;
                errno.set(Errno.EIO);
                return EOF;
            }
        }

        boolean write(byte[] b, int off, int len) {
            if (!writable) {
                error = true;
                errno.set(Errno.EBADF);
                return false;
            }
            if (inLen > inPos || !pushback.isEmpty()) {
                dropInput();
            }
            if (mode == IONBF) {
                if (flush() != 0) {
                    return false;
                }
                try {
                    file.write(b, off, len);
                    return true;
                } catch (IOException e) {
                    error = true;
                    errno.set(Errno.EIO);
                    return false;
                }
            }
            boolean newline = false;
            for (int k = 0; k < len; k++) {
                if (outLen == out.length && flush() != 0) {
                    return false;
                }
                byte c = b[off + k];
                out[outLen++] = c;
                newline |= c == '\n';
            }
            if (mode == IOLBF && newline) {
                return flush() == 0;
            }
            return true;
        }

        int getc() {
            boolean firstInCall = consumption == null || consumption.firstInCall();
            int c = getc(firstInCall);
            if (consumption != null && c != EOF) {
                consumption.consumed();
            }
            return c;
        }

        /** mayYield: nothing was consumed yet by the current library call (see UpdateYield). */
        private int getc(boolean mayYield) {
            if (!pushback.isEmpty()) {
                return pushback.remove(pushback.size() - 1) & 0xff;
            }
            if (inPos < inLen) {
                return in[inPos++] & 0xff;
            }
            if (!readable) {
                error = true;
                errno.set(Errno.EBADF);
                return EOF;
            }
            if (eof) {
                return EOF; // EOF is sticky since glibc 2.28
            }
            if (outLen > 0) {
                flush();
            }
            try {
                int n = file instanceof FileDescriptors.InputFd input ? input.read(in, 0, mode == IONBF ? 1 : in.length, mayYield)
                                : file.read(in, 0, mode == IONBF ? 1 : in.length);
                if (n <= 0) {
                    eof = true;
                    return EOF;
                }
                inPos = 0;
                inLen = n;
                return in[inPos++] & 0xff;
            } catch (IOException e) {
                error = true;
                errno.set(Errno.EIO);
                return EOF;
            }
        }

        int ungetc(int c) {
            if (c == EOF) {
                return EOF;
            }
            pushback.add((byte) c);
            eof = false;
            return c & 0xff;
        }

        long tell() throws IOException {
            long pos = file.seek(0, FileDescriptors.SEEK_CUR);
            if (pos < 0) {
                return pos;
            }
            return pos - (inLen - inPos) - pushback.size() + outLen;
        }

        int seek(long offset, int whence) {
            if (flush() != 0) {
                return -1;
            }
            if (whence == FileDescriptors.SEEK_CUR) {
                offset -= (inLen - inPos) + pushback.size();
            }
            inPos = inLen = 0;
            pushback.clear();
            try {
                long r = file.seek(offset, whence);
                if (r == -1) {
                    errno.set(Errno.ESPIPE);
                    return -1;
                } else if (r < 0) {
                    errno.set(Errno.EINVAL);
                    return -1;
                }
            } catch (IOException e) {
                errno.set(Errno.EIO);
                return -1;
            }
            eof = false;
            return 0;
        }
    }

    private final Heap heap;
    private final Errno errno;
    final FileDescriptors fds;
    private final Map<Long, Stream> streams = new LinkedHashMap<>();
    final Stream stdin;
    final Stream stdout;
    final Stream stderr;
    final long stdinVar;
    final long stdoutVar;
    final long stderrVar;

    Stdio(Heap heap, Errno errno, FileDescriptors fds) {
        this.heap = heap;
        this.errno = errno;
        this.fds = fds;
        stdin = newStream(0, fds.get(0), true, false, IOFBF);
        stdout = newStream(1, fds.get(1), false, true, IOFBF); // never a terminal here
        stderr = newStream(2, fds.get(2), false, true, IONBF);
        stdinVar = variable("stdin", stdin);
        stdoutVar = variable("stdout", stdout);
        stderrVar = variable("stderr", stderr);
    }

    private long variable(String name, Stream s) {
        long p = heap.allocate(8, MemoryObject.Kind.GLOBAL, name);
        heap.putI64(p, s.address, null);
        return p;
    }

    private Stream newStream(int fd, FileDescriptors.Fd file, boolean r, boolean w, int mode) {
        long p = heap.allocate(FILE_SIZE, MemoryObject.Kind.GLOBAL, "FILE");
        Stream s = new Stream(p, fd, file, r, w, mode);
        streams.put(p, s);
        return s;
    }

    /** The stream behind a FILE*; a bad FILE* crashes natively, so it faults here. */
    Stream stream(long fp, Node location) {
        Stream s = streams.get(fp);
        if (s == null) {
            if (fp == 0) {
                throw heap.fault(0, 1, location);
            }
            MemoryObject o = heap.objectOrNull(fp);
            if (o != null && o.kind == MemoryObject.Kind.FREED && "FILE".equals(o.name)) {
                throw new MemoryFault("Segmentation fault: use of a closed FILE stream", location);
            }
            throw new MemoryFault("Segmentation fault: pointer 0x" + Long.toHexString(fp) + " is not a FILE stream", location);
        }
        return s;
    }

    @TruffleBoundary
    void flushAll() {
        for (Stream s : streams.values()) {
            s.flush();
        }
    }

    @TruffleBoundary
    void closeAll() {
        flushAll();
        for (Stream s : new ArrayList<>(streams.values())) {
            streams.remove(s.address);
        }
        fds.closeAll();
    }

    /** close(2) on a descriptor a stream uses: the stream's later I/O fails with EBADF. */
    void forgetDescriptor(int fd) {
        // streams keep their Fd object; nothing to do beyond what the descriptor table does
    }

    // ---- operations used by the builtins and other library parts ----

    @TruffleBoundary
    boolean write(Stream s, byte[] b) {
        return s.write(b, 0, b.length);
    }

    @TruffleBoundary
    int getc(Stream s) {
        return s.getc();
    }

    @TruffleBoundary
    int ungetc(Stream s, int c) {
        return s.ungetc(c);
    }

    private static int parseMode(String mode) {
        // returns open(2) flags, -1 for an invalid mode
        if (mode.isEmpty()) {
            return -1;
        }
        boolean plus = mode.indexOf('+') > 0;
        int flags = switch (mode.charAt(0)) {
            case 'r' -> plus ? FileDescriptors.O_RDWR : 0;
            case 'w' -> (plus ? FileDescriptors.O_RDWR : FileDescriptors.O_WRONLY) | FileDescriptors.O_CREAT | FileDescriptors.O_TRUNC;
            case 'a' -> (plus ? FileDescriptors.O_RDWR : FileDescriptors.O_WRONLY) | FileDescriptors.O_CREAT | FileDescriptors.O_APPEND;
            default -> -1;
        };
        if (flags != -1 && mode.indexOf('x') > 0) {
            flags |= FileDescriptors.O_EXCL;
        }
        return flags;
    }

    @TruffleBoundary
    long fopen(String path, String mode) {
        int flags = parseMode(mode);
        if (flags == -1) {
            errno.set(Errno.EINVAL);
            return 0;
        }
        int fd = fds.open(path, flags);
        if (fd < 0) {
            return 0;
        }
        return fdopen(fd, flags);
    }

    private long fdopen(int fd, int flags) {
        FileDescriptors.Fd f = fds.get(fd);
        int acc = flags & FileDescriptors.O_ACCMODE;
        Stream s = newStream(fd, f, acc != FileDescriptors.O_WRONLY, acc != 0, IOFBF);
        return s.address;
    }

    @TruffleBoundary
    int fclose(Stream s, Node location) {
        int r = s.flush();
        streams.remove(s.address);
        heap.releaseStack(s.address); // later use of the FILE* faults
        if (s.fd >= 0 && fds.get(s.fd) == s.file) {
            if (fds.close(s.fd) != 0) {
                r = EOF;
            }
        }
        return r;
    }

    @TruffleBoundary
    long fread(long ptr, long size, long n, Stream s, Node location) {
        if (size == 0 || n == 0) {
            return 0;
        }
        long total = size * n;
        byte[] b = new byte[(int) Math.min(total, Integer.MAX_VALUE - 16)];
        int got = 0;
        while (got < b.length) {
            int c = s.getc();
            if (c == EOF) {
                break;
            }
            b[got++] = (byte) c;
        }
        heap.writeBytes(ptr, b, 0, got, location);
        return got / size;
    }

    @TruffleBoundary
    long fgets(long buf, int n, Stream s, Node location) {
        if (n <= 0) {
            return 0;
        }
        int k = 0;
        while (k < n - 1) {
            int c = s.getc();
            if (c == EOF) {
                if (k == 0 || s.error) {
                    return 0;
                }
                break;
            }
            heap.putI8(buf + k++, (byte) c, location);
            if (c == '\n') {
                break;
            }
        }
        heap.putI8(buf + k, (byte) 0, location);
        return buf;
    }

    @TruffleBoundary
    long getline(long lineptr, long nptr, int delim, Stream s, Node location) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        while (true) {
            int c = s.getc();
            if (c == EOF) {
                break;
            }
            b.write(c);
            if (c == delim) {
                break;
            }
        }
        if (b.size() == 0) {
            return -1;
        }
        long buf = heap.getI64(lineptr, location);
        long cap = heap.getI64(nptr, location);
        if (buf == 0 || cap < b.size() + 1) {
            long newCap = Math.max(120, b.size() + 1);
            buf = buf == 0 ? heap.allocate(newCap, MemoryObject.Kind.HEAP, null) : heap.reallocate(buf, newCap, location);
            heap.putI64(lineptr, buf, location);
            heap.putI64(nptr, newCap, location);
        }
        byte[] bytes = b.toByteArray();
        heap.writeBytes(buf, bytes, 0, bytes.length, location);
        heap.putI8(buf + bytes.length, (byte) 0, location);
        return bytes.length;
    }

    @TruffleBoundary
    void perror(long s, Node location) {
        String msg = Errno.message(errno.get());
        String prefix = s != 0 ? heap.readCString(s, location) : "";
        String text = prefix.isEmpty() ? msg + "\n" : prefix + ": " + msg + "\n";
        stderr.write(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
    }

    @TruffleBoundary
    long tmpfile() {
        try {
            Path p = fds.createTemporary();
            FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            int fd = fds.install(new FileDescriptors.FileFd(ch, true, true, false));
            return fd < 0 ? 0 : fdopen(fd, FileDescriptors.O_RDWR);
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return 0;
        }
    }

    @TruffleBoundary
    int rename(String from, String to) {
        try {
            if (!Files.exists(Path.of(from), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                errno.set(Errno.ENOENT);
                return -1;
            }
            Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException e) {
            errno.set(FileDescriptors.errnoOf(e));
            return -1;
        }
    }

    @TruffleBoundary
    long freopen(long path, String mode, Stream s, Node location) {
        s.flush();
        if (path == 0) {
            errno.set(Errno.EINVAL);
            return 0;
        }
        String name = heap.readCString(path, location);
        if (s.fd >= 0 && fds.get(s.fd) == s.file) {
            fds.close(s.fd);
        }
        int flags = parseMode(mode);
        int fd = flags == -1 ? -1 : fds.open(name, flags);
        if (fd < 0) {
            streams.remove(s.address);
            return 0;
        }
        s.fd = fd;
        s.file = fds.get(fd);
        int acc = flags & FileDescriptors.O_ACCMODE;
        s.readable = acc != FileDescriptors.O_WRONLY;
        s.writable = acc != 0;
        s.eof = s.error = false;
        s.inPos = s.inLen = 0;
        s.pushback.clear();
        return s.address;
    }

    // ---- builtins ----

    private byte[] cstr(long p, Node loc) {
        return heap.readCStringBytes(p, loc);
    }

    void register(Map<String, Builtin> m) {
        m.put("fopen", (a, loc) -> fopen(heap.readCString(Args.l(a, 0), loc), heap.readCString(Args.l(a, 1), loc)));
        m.put("fopen64", m.get("fopen"));
        m.put("fdopen", (a, loc) -> {
            int fd = Args.i(a, 0);
            int flags = parseMode(heap.readCString(Args.l(a, 1), loc));
            if (fds.get(fd) == null || flags == -1) {
                errno.set(fds.get(fd) == null ? Errno.EBADF : Errno.EINVAL);
                return 0L;
            }
            return fdopen(fd, flags);
        });
        m.put("freopen", (a, loc) -> freopen(Args.l(a, 0), heap.readCString(Args.l(a, 1), loc), stream(Args.l(a, 2), loc), loc));
        m.put("freopen64", m.get("freopen"));
        m.put("fclose", (a, loc) -> (long) fclose(stream(Args.l(a, 0), loc), loc));
        m.put("fflush", (a, loc) -> {
            long fp = Args.l(a, 0);
            if (fp == 0) {
                flushAll();
                return 0L;
            }
            return (long) flush(stream(fp, loc));
        });
        m.put("fflush_unlocked", m.get("fflush"));
        m.put("fread", (a, loc) -> fread(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), stream(Args.l(a, 3), loc), loc));
        m.put("fread_unlocked", m.get("fread"));
        m.put("fwrite", (a, loc) -> {
            long size = Args.l(a, 1);
            long n = Args.l(a, 2);
            Stream s = stream(Args.l(a, 3), loc);
            if (size == 0 || n == 0) {
                return 0L;
            }
            byte[] b = heap.readBytes(Args.l(a, 0), (int) (size * n), loc);
            return write(s, b) ? n : 0L;
        });
        m.put("fwrite_unlocked", m.get("fwrite"));
        Builtin fgetc = (a, loc) -> (long) getc(stream(Args.l(a, 0), loc));
        for (String name : new String[]{"fgetc", "getc", "_IO_getc", "fgetc_unlocked", "getc_unlocked"}) {
            m.put(name, fgetc);
        }
        Builtin getchar = (a, loc) -> (long) getc(stdin);
        m.put("getchar", getchar);
        m.put("getchar_unlocked", getchar);
        m.put("fgets", (a, loc) -> fgets(Args.l(a, 0), Args.i(a, 1), stream(Args.l(a, 2), loc), loc));
        m.put("fgets_unlocked", m.get("fgets"));
        m.put("getline", (a, loc) -> getline(Args.l(a, 0), Args.l(a, 1), '\n', stream(Args.l(a, 2), loc), loc));
        m.put("getdelim", (a, loc) -> getline(Args.l(a, 0), Args.l(a, 1), Args.i(a, 2) & 0xff, stream(Args.l(a, 3), loc), loc));
        Builtin fputc = (a, loc) -> {
            int c = Args.i(a, 0);
            return write(stream(Args.l(a, 1), loc), new byte[]{(byte) c}) ? (long) (c & 0xff) : (long) EOF;
        };
        for (String name : new String[]{"fputc", "putc", "_IO_putc", "fputc_unlocked", "putc_unlocked"}) {
            m.put(name, fputc);
        }
        Builtin putchar = (a, loc) -> {
            int c = Args.i(a, 0);
            return write(stdout, new byte[]{(byte) c}) ? (long) (c & 0xff) : (long) EOF;
        };
        m.put("putchar", putchar);
        m.put("putchar_unlocked", putchar);
        m.put("fputs", (a, loc) -> write(stream(Args.l(a, 1), loc), cstr(Args.l(a, 0), loc)) ? 1L : (long) EOF);
        m.put("fputs_unlocked", m.get("fputs"));
        m.put("puts", (a, loc) -> {
            byte[] s = cstr(Args.l(a, 0), loc);
            byte[] line = java.util.Arrays.copyOf(s, s.length + 1);
            line[s.length] = '\n';
            return write(stdout, line) ? (long) line.length : (long) EOF;
        });
        m.put("ungetc", (a, loc) -> (long) ungetc(stream(Args.l(a, 1), loc), Args.i(a, 0)));
        m.put("fseek", (a, loc) -> (long) seek(stream(Args.l(a, 0), loc), Args.l(a, 1), Args.i(a, 2)));
        m.put("fseeko", m.get("fseek"));
        m.put("fseeko64", m.get("fseek"));
        m.put("ftell", (a, loc) -> tell(stream(Args.l(a, 0), loc)));
        m.put("ftello", m.get("ftell"));
        m.put("ftello64", m.get("ftell"));
        m.put("rewind", (a, loc) -> {
            Stream s = stream(Args.l(a, 0), loc);
            seek(s, 0, FileDescriptors.SEEK_SET);
            s.error = false;
            return null;
        });
        m.put("feof", (a, loc) -> stream(Args.l(a, 0), loc).eof ? 1L : 0L);
        m.put("feof_unlocked", m.get("feof"));
        m.put("ferror", (a, loc) -> stream(Args.l(a, 0), loc).error ? 1L : 0L);
        m.put("ferror_unlocked", m.get("ferror"));
        m.put("clearerr", (a, loc) -> {
            Stream s = stream(Args.l(a, 0), loc);
            s.eof = false;
            s.error = false;
            return null;
        });
        m.put("clearerr_unlocked", m.get("clearerr"));
        m.put("fileno", (a, loc) -> (long) stream(Args.l(a, 0), loc).fd);
        m.put("fileno_unlocked", m.get("fileno"));
        m.put("setvbuf", (a, loc) -> {
            Stream s = stream(Args.l(a, 0), loc);
            int mode = Args.i(a, 2);
            if (mode < IOFBF || mode > IONBF) {
                errno.set(Errno.EINVAL);
                return -1L;
            }
            setMode(s, mode, Args.l(a, 3));
            return 0L;
        });
        m.put("setbuf", (a, loc) -> {
            setMode(stream(Args.l(a, 0), loc), Args.l(a, 1) == 0 ? IONBF : IOFBF, BUFSIZ);
            return null;
        });
        m.put("setlinebuf", (a, loc) -> {
            setMode(stream(Args.l(a, 0), loc), IOLBF, BUFSIZ);
            return null;
        });
        m.put("tmpfile", (a, loc) -> tmpfile());
        m.put("tmpfile64", m.get("tmpfile"));
        m.put("remove", (a, loc) -> {
            String path = heap.readCString(Args.l(a, 0), loc);
            boolean dir = Files.isDirectory(Path.of(path));
            return (long) fds.unlink(path, dir);
        });
        m.put("rename", (a, loc) -> (long) rename(heap.readCString(Args.l(a, 0), loc), heap.readCString(Args.l(a, 1), loc)));
        m.put("perror", (a, loc) -> {
            perror(Args.l(a, 0), loc);
            return null;
        });
    }

    @TruffleBoundary
    int flush(Stream s) {
        return s.flush();
    }

    @TruffleBoundary
    int seek(Stream s, long off, int whence) {
        return s.seek(off, whence);
    }

    @TruffleBoundary
    long tell(Stream s) {
        try {
            long r = s.tell();
            if (r < 0) {
                errno.set(Errno.ESPIPE);
                return -1;
            }
            return r;
        } catch (IOException e) {
            errno.set(Errno.EIO);
            return -1;
        }
    }

    @TruffleBoundary
    void setMode(Stream s, int mode, long size) {
        s.flush();
        s.mode = mode;
        if (mode != IONBF && size > 0 && size != s.out.length && size < (1 << 24)) {
            s.out = new byte[(int) size];
        }
    }
}
