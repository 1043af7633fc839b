package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** string.h and strings.h, byte by byte over checked memory. */
final class Strings {
    private final Heap heap;
    private final Errno errno;
    /** strtok's saved position. */
    private long strtokSave;

    Strings(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    private int u8(long p, Node loc) {
        return heap.getI8(p, loc) & 0xff;
    }

    long strchr(long s, int c, Node loc) {
        byte ch = (byte) c;
        for (long p = s;; p++) {
            byte b = heap.getI8(p, loc);
            if (b == ch) {
                return p;
            }
            if (b == 0) {
                return 0;
            }
        }
    }

    long strrchr(long s, int c, Node loc) {
        byte ch = (byte) c;
        long found = 0;
        for (long p = s;; p++) {
            byte b = heap.getI8(p, loc);
            if (b == ch) {
                found = p;
            }
            if (b == 0) {
                return found;
            }
        }
    }

    int strcmp(long a, long b, Node loc) {
        return heap.compareCStrings(a, b, Long.MAX_VALUE, loc);
    }

    int strncmp(long a, long b, long n, Node loc) {
        // n is a size_t: a "negative" one is just very large
        return n == 0 ? 0 : heap.compareCStrings(a, b, n < 0 ? Long.MAX_VALUE : n, loc);
    }

    int strncasecmp(long a, long b, long n, Node loc) {
        for (long k = 0; k < n; k++) {
            int x = Ctype.lower(u8(a + k, loc));
            int y = Ctype.lower(u8(b + k, loc));
            if (x != y || x == 0) {
                return x - y;
            }
        }
        return 0;
    }

    private boolean inSet(long set, int c, Node loc) {
        for (long p = set;; p++) {
            int b = u8(p, loc);
            if (b == 0) {
                return false;
            }
            if (b == c) {
                return true;
            }
        }
    }

    long strspn(long s, long accept, boolean complement, Node loc) {
        long k = 0;
        while (true) {
            int c = u8(s + k, loc);
            if (c == 0 || inSet(accept, c, loc) == complement) {
                return k;
            }
            k++;
        }
    }

    long strstr(long hay, long needle, Node loc) {
        byte[] n = heap.readCStringBytes(needle, loc);
        int hl = heap.strlen(hay, loc);
        byte[] h = heap.readBytes(hay, hl, loc);
        outer: for (int i = 0; i + n.length <= hl; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return hay + i;
        }
        return 0;
    }

    /** strtok/strtok_r: the save slot is read by the caller and written through save. */
    private long tokenize(long s, long delim, long saved, java.util.function.LongConsumer save, Node loc) {
        long p = s != 0 ? s : saved;
        if (p == 0) {
            return 0;
        }
        p += strspn(p, delim, false, loc);
        if (heap.getI8(p, loc) == 0) {
            save.accept(p);
            return 0;
        }
        long end = p + strspn(p, delim, true, loc);
        if (heap.getI8(end, loc) != 0) {
            heap.putI8(end, (byte) 0, loc);
            end++;
        }
        save.accept(end);
        return p;
    }

    long strnlen(long s, long max, Node loc) {
        long k = 0;
        while (k < max && heap.getI8(s + k, loc) != 0) {
            k++;
        }
        return k;
    }

    void register(Map<String, Builtin> m) {
        m.put("memcpy", IntegerBuiltin.ternary((d, s, n, loc) -> {
            heap.copy(d, s, n, loc);
            return d;
        }));
        m.put("memmove", m.get("memcpy")); // copy() is System.arraycopy, which handles overlap
        m.put("mempcpy", (a, loc) -> {
            heap.copy(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc);
            return Args.l(a, 0) + Args.l(a, 2);
        });
        m.put("memset", IntegerBuiltin.ternary((d, c, n, loc) -> {
            heap.fill(d, (byte) c, n, loc);
            return d;
        }));
        m.put("bzero", (a, loc) -> {
            heap.fill(Args.l(a, 0), (byte) 0, Args.l(a, 1), loc);
            return null;
        });
        m.put("explicit_bzero", m.get("bzero"));
        m.put("bcopy", (a, loc) -> {
            heap.copy(Args.l(a, 1), Args.l(a, 0), Args.l(a, 2), loc);
            return null;
        });
        m.put("memcmp", (a, loc) -> {
            long x = Args.l(a, 0), y = Args.l(a, 1), n = Args.l(a, 2);
            for (long k = 0; k < n; k++) {
                int d = u8(x + k, loc) - u8(y + k, loc);
                if (d != 0) {
                    return (long) d;
                }
            }
            return 0L;
        });
        m.put("bcmp", m.get("memcmp"));
        m.put("memchr", (a, loc) -> {
            long s = Args.l(a, 0), n = Args.l(a, 2);
            byte c = (byte) Args.l(a, 1);
            for (long k = 0; k < n; k++) {
                if (heap.getI8(s + k, loc) == c) {
                    return s + k;
                }
            }
            return 0L;
        });
        m.put("memrchr", (a, loc) -> {
            long s = Args.l(a, 0), n = Args.l(a, 2);
            byte c = (byte) Args.l(a, 1);
            for (long k = n - 1; k >= 0; k--) {
                if (heap.getI8(s + k, loc) == c) {
                    return s + k;
                }
            }
            return 0L;
        });
        m.put("strlen", IntegerBuiltin.unary((s, loc) -> heap.strlen(s, loc)));
        m.put("strnlen", (a, loc) -> strnlen(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("strcpy", IntegerBuiltin.binary((d, s, loc) -> {
            heap.copy(d, s, heap.strlen(s, loc) + 1, loc);
            return d;
        }));
        m.put("stpcpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1);
            int n = heap.strlen(s, loc);
            heap.copy(d, s, n + 1, loc);
            return d + n;
        });
        m.put("strncpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long len = strnlen(s, n, loc);
            heap.copy(d, s, len, loc);
            heap.fill(d + len, (byte) 0, n - len, loc);
            return d;
        });
        m.put("stpncpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long len = strnlen(s, n, loc);
            heap.copy(d, s, len, loc);
            heap.fill(d + len, (byte) 0, n - len, loc);
            return d + len;
        });
        m.put("strcat", IntegerBuiltin.binary((d, s, loc) -> {
            heap.copy(d + heap.strlen(d, loc), s, heap.strlen(s, loc) + 1, loc);
            return d;
        }));
        m.put("strncat", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long end = d + heap.strlen(d, loc);
            long len = strnlen(s, n, loc);
            heap.copy(end, s, len, loc);
            heap.putI8(end + len, (byte) 0, loc);
            return d;
        });
        m.put("strcmp", IntegerBuiltin.binary((x, y, loc) -> strcmp(x, y, loc)));
        m.put("strcoll", m.get("strcmp"));
        m.put("strncmp", IntegerBuiltin.ternary((x, y, n, loc) -> strncmp(x, y, n, loc)));
        m.put("strcasecmp", (a, loc) -> (long) strncasecmp(Args.l(a, 0), Args.l(a, 1), Long.MAX_VALUE, loc));
        m.put("strncasecmp", (a, loc) -> (long) strncasecmp(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("strxfrm", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            int len = heap.strlen(s, loc);
            if (len < n) {
                heap.copy(d, s, len + 1, loc);
            }
            return (long) len;
        });
        m.put("strchr", IntegerBuiltin.binary((s, c, loc) -> strchr(s, (int) c, loc)));
        m.put("index", m.get("strchr"));
        m.put("strchrnul", (a, loc) -> {
            long s = Args.l(a, 0);
            long r = strchr(s, Args.i(a, 1), loc);
            return r != 0 ? r : s + heap.strlen(s, loc);
        });
        m.put("strrchr", IntegerBuiltin.binary((s, c, loc) -> strrchr(s, (int) c, loc)));
        m.put("rindex", m.get("strrchr"));
        m.put("strstr", IntegerBuiltin.binary((hay, needle, loc) -> strstr(hay, needle, loc)));
        m.put("strspn", (a, loc) -> strspn(Args.l(a, 0), Args.l(a, 1), false, loc));
        m.put("strcspn", (a, loc) -> strspn(Args.l(a, 0), Args.l(a, 1), true, loc));
        m.put("strpbrk", (a, loc) -> {
            long s = Args.l(a, 0);
            long k = strspn(s, Args.l(a, 1), true, loc);
            return heap.getI8(s + k, loc) == 0 ? 0L : s + k;
        });
        m.put("strtok", (a, loc) -> tokenize(Args.l(a, 0), Args.l(a, 1), strtokSave, v -> strtokSave = v, loc));
        m.put("strtok_r", (a, loc) -> {
            long savePtr = Args.l(a, 2);
            long saved = Args.l(a, 0) != 0 ? 0 : heap.getI64(savePtr, loc);
            return tokenize(Args.l(a, 0), Args.l(a, 1), saved, v -> heap.putI64(savePtr, v, loc), loc);
        });
        m.put("__strtok_r", m.get("strtok_r"));
        m.put("strsep", (a, loc) -> {
            long sp = Args.l(a, 0);
            long s = heap.getI64(sp, loc);
            if (s == 0) {
                return 0L;
            }
            long k = strspn(s, Args.l(a, 1), true, loc);
            if (heap.getI8(s + k, loc) == 0) {
                heap.putI64(sp, 0, loc);
            } else {
                heap.putI8(s + k, (byte) 0, loc);
                heap.putI64(sp, s + k + 1, loc);
            }
            return s;
        });
        m.put("strdup", (a, loc) -> dup(Args.l(a, 0), Long.MAX_VALUE, loc));
        m.put("__strdup", m.get("strdup"));
        m.put("strndup", (a, loc) -> dup(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("__strndup", m.get("strndup"));
        m.put("strerror", (a, loc) -> errno.messagePointer(Args.i(a, 0)));
        m.put("strerror_r", (a, loc) -> {
            // the GNU variant (what _GNU_SOURCE programs get): returns the message pointer
            return errno.messagePointer(Args.i(a, 0));
        });
        m.put("__xpg_strerror_r", (a, loc) -> {
            byte[] msg = Errno.message(Args.i(a, 0)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long buf = Args.l(a, 1), n = Args.l(a, 2);
            if (n <= msg.length) {
                if (n > 0) {
                    heap.writeBytes(buf, msg, 0, (int) n - 1, loc);
                    heap.putI8(buf + n - 1, (byte) 0, loc);
                }
                return (long) Errno.ERANGE;
            }
            heap.writeBytes(buf, msg, 0, msg.length, loc);
            heap.putI8(buf + msg.length, (byte) 0, loc);
            return 0L;
        });
        m.put("ffs", (a, loc) -> {
            int v = Args.i(a, 0);
            return v == 0 ? 0L : (long) (Integer.numberOfTrailingZeros(v) + 1);
        });
        m.put("ffsl", (a, loc) -> {
            long v = Args.l(a, 0);
            return v == 0 ? 0L : (long) (Long.numberOfTrailingZeros(v) + 1);
        });
        m.put("ffsll", m.get("ffsl"));
    }

    long dup(long s, long max, Node loc) {
        long len = strnlen(s, max, loc);
        long p = heap.allocate(len + 1, MemoryObject.Kind.HEAP, null);
        if (p == 0) {
            errno.set(Errno.ENOMEM);
            return 0;
        }
        heap.copy(p, s, len, loc);
        return p;
    }
}
