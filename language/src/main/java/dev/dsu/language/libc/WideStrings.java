package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * wchar.h's string functions and wctype.h in the C locale. wchar_t is a signed 4-byte int on
 * x86-64 Linux, and glibc compares wide characters as such; classification and case mapping
 * know ASCII only, as the C locale does.
 */
final class WideStrings {
    static final int WCHAR = 4;
    /** WEOF as a sign-extended wint_t. */
    static final long WEOF = -1L;

    private final Heap heap;
    private final Errno errno;

    WideStrings(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    private int at(long p, long k, Node loc) {
        return heap.getI32(p + WCHAR * k, loc);
    }

    long wcslen(long s, Node loc) {
        long k = 0;
        while (at(s, k, loc) != 0) {
            k++;
        }
        return k;
    }

    long wcsnlen(long s, long max, Node loc) {
        long k = 0;
        while (k < max && at(s, k, loc) != 0) {
            k++;
        }
        return k;
    }

    /** glibc's wcscmp family answers -1, 0 or 1. */
    private static long order(int x, int y) {
        return x < y ? -1L : x > y ? 1L : 0L;
    }

    long wcsncmp(long a, long b, long n, Node loc) {
        for (long k = 0; k < n; k++) {
            int x = at(a, k, loc), y = at(b, k, loc);
            if (x != y || x == 0) {
                return order(x, y);
            }
        }
        return 0;
    }

    long wcsncasecmp(long a, long b, long n, Node loc) {
        for (long k = 0; k < n; k++) {
            int x = towlower(at(a, k, loc)), y = towlower(at(b, k, loc));
            if (x != y || x == 0) {
                return order(x, y);
            }
        }
        return 0;
    }

    long wcschr(long s, int c, Node loc) {
        for (long k = 0;; k++) {
            int w = at(s, k, loc);
            if (w == c) {
                return s + WCHAR * k;
            }
            if (w == 0) {
                return 0;
            }
        }
    }

    long wcsrchr(long s, int c, Node loc) {
        long found = 0;
        for (long k = 0;; k++) {
            int w = at(s, k, loc);
            if (w == c) {
                found = s + WCHAR * k;
            }
            if (w == 0) {
                return found;
            }
        }
    }

    long wcsstr(long hay, long needle, Node loc) {
        long n = wcslen(needle, loc);
        long h = wcslen(hay, loc);
        outer: for (long i = 0; i + n <= h; i++) {
            for (long j = 0; j < n; j++) {
                if (at(hay, i + j, loc) != at(needle, j, loc)) {
                    continue outer;
                }
            }
            return hay + WCHAR * i;
        }
        return 0;
    }

    private boolean inSet(long set, int c, Node loc) {
        for (long k = 0;; k++) {
            int w = at(set, k, loc);
            if (w == 0) {
                return false;
            }
            if (w == c) {
                return true;
            }
        }
    }

    long wcsspn(long s, long set, boolean complement, Node loc) {
        long k = 0;
        while (true) {
            int c = at(s, k, loc);
            if (c == 0 || inSet(set, c, loc) == complement) {
                return k;
            }
            k++;
        }
    }

    /** wcstok(s, delim, save): the three-argument POSIX form. */
    long wcstok(long s, long delim, long savePtr, Node loc) {
        long p = s != 0 ? s : heap.getI64(savePtr, loc);
        if (p == 0) {
            return 0;
        }
        p += WCHAR * wcsspn(p, delim, false, loc);
        if (at(p, 0, loc) == 0) {
            heap.putI64(savePtr, p, loc);
            return 0;
        }
        long end = p + WCHAR * wcsspn(p, delim, true, loc);
        if (at(end, 0, loc) != 0) {
            heap.putI32(end, 0, loc);
            end += WCHAR;
        }
        heap.putI64(savePtr, end, loc);
        return p;
    }

    long wcsdup(long s, Node loc) {
        long bytes = WCHAR * (wcslen(s, loc) + 1);
        long p = heap.allocate(bytes, MemoryObject.Kind.HEAP, null);
        if (p == 0) {
            errno.set(Errno.ENOMEM);
            return 0;
        }
        heap.copy(p, s, bytes, loc);
        return p;
    }

    // ---- wctype.h, C locale ----

    static int towupper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static int towlower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** The C locale classifies ASCII only; the class bits are ctype's. */
    static boolean isClass(long wc, int bit) {
        return wc >= 0 && wc < 128 && (Ctype.classBits((int) wc) & bit) != 0;
    }

    private static final String[] CLASS_NAMES = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"};
    private static final int[] CLASS_BITS = {Ctype.ALNUM, Ctype.ALPHA, Ctype.BLANK, Ctype.CNTRL, Ctype.DIGIT, Ctype.GRAPH, Ctype.LOWER, Ctype.PRINT,
                    Ctype.PUNCT, Ctype.SPACE, Ctype.UPPER, Ctype.XDIGIT};

    private static void classifier(Map<String, Builtin> m, String name, int bit) {
        m.put("isw" + name, (a, loc) -> isClass(Args.u32(a, 0), bit) ? 1L : 0L);
    }

    void register(Map<String, Builtin> m) {
        m.put("wcslen", (a, loc) -> wcslen(Args.l(a, 0), loc));
        m.put("wcsnlen", (a, loc) -> wcsnlen(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("wcscpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1);
            heap.copy(d, s, WCHAR * (wcslen(s, loc) + 1), loc);
            return d;
        });
        m.put("wcpcpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1);
            long n = wcslen(s, loc);
            heap.copy(d, s, WCHAR * (n + 1), loc);
            return d + WCHAR * n;
        });
        m.put("wcsncpy", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long len = wcsnlen(s, n, loc);
            heap.copy(d, s, WCHAR * len, loc);
            heap.fill(d + WCHAR * len, (byte) 0, WCHAR * (n - len), loc);
            return d;
        });
        m.put("wcscat", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1);
            heap.copy(d + WCHAR * wcslen(d, loc), s, WCHAR * (wcslen(s, loc) + 1), loc);
            return d;
        });
        m.put("wcsncat", (a, loc) -> {
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long end = d + WCHAR * wcslen(d, loc);
            long len = wcsnlen(s, n, loc);
            heap.copy(end, s, WCHAR * len, loc);
            heap.putI32(end + WCHAR * len, 0, loc);
            return d;
        });
        m.put("wcscmp", (a, loc) -> wcsncmp(Args.l(a, 0), Args.l(a, 1), Long.MAX_VALUE, loc));
        m.put("wcscoll", m.get("wcscmp"));
        m.put("wcsncmp", (a, loc) -> wcsncmp(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("wcscasecmp", (a, loc) -> wcsncasecmp(Args.l(a, 0), Args.l(a, 1), Long.MAX_VALUE, loc));
        m.put("wcsncasecmp", (a, loc) -> wcsncasecmp(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("wcschr", (a, loc) -> wcschr(Args.l(a, 0), Args.i(a, 1), loc));
        m.put("wcsrchr", (a, loc) -> wcsrchr(Args.l(a, 0), Args.i(a, 1), loc));
        m.put("wcsstr", (a, loc) -> wcsstr(Args.l(a, 0), Args.l(a, 1), loc));
        m.put("wcswcs", m.get("wcsstr"));
        m.put("wcsspn", (a, loc) -> wcsspn(Args.l(a, 0), Args.l(a, 1), false, loc));
        m.put("wcscspn", (a, loc) -> wcsspn(Args.l(a, 0), Args.l(a, 1), true, loc));
        m.put("wcspbrk", (a, loc) -> {
            long s = Args.l(a, 0);
            long k = wcsspn(s, Args.l(a, 1), true, loc);
            return at(s, k, loc) == 0 ? 0L : s + WCHAR * k;
        });
        m.put("wcstok", (a, loc) -> wcstok(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), loc));
        m.put("wcsdup", (a, loc) -> wcsdup(Args.l(a, 0), loc));
        m.put("wcsxfrm", (a, loc) -> {
            // the C locale collates by code point: the transform is a copy
            long d = Args.l(a, 0), s = Args.l(a, 1), n = Args.l(a, 2);
            long len = wcslen(s, loc);
            if (len < n) {
                heap.copy(d, s, WCHAR * (len + 1), loc);
            }
            return len;
        });

        m.put("wmemcpy", (a, loc) -> {
            heap.copy(Args.l(a, 0), Args.l(a, 1), WCHAR * Args.l(a, 2), loc);
            return Args.l(a, 0);
        });
        m.put("wmemmove", m.get("wmemcpy")); // Heap.copy handles overlap
        m.put("wmempcpy", (a, loc) -> {
            heap.copy(Args.l(a, 0), Args.l(a, 1), WCHAR * Args.l(a, 2), loc);
            return Args.l(a, 0) + WCHAR * Args.l(a, 2);
        });
        m.put("wmemset", (a, loc) -> {
            long d = Args.l(a, 0), n = Args.l(a, 2);
            int c = Args.i(a, 1);
            for (long k = 0; k < n; k++) {
                heap.putI32(d + WCHAR * k, c, loc);
            }
            return d;
        });
        m.put("wmemcmp", (a, loc) -> {
            long x = Args.l(a, 0), y = Args.l(a, 1), n = Args.l(a, 2);
            for (long k = 0; k < n; k++) {
                long d = order(at(x, k, loc), at(y, k, loc));
                if (d != 0) {
                    return d;
                }
            }
            return 0L;
        });
        m.put("wmemchr", (a, loc) -> {
            long s = Args.l(a, 0), n = Args.l(a, 2);
            int c = Args.i(a, 1);
            for (long k = 0; k < n; k++) {
                if (at(s, k, loc) == c) {
                    return s + WCHAR * k;
                }
            }
            return 0L;
        });

        classifier(m, "alpha", Ctype.ALPHA);
        classifier(m, "digit", Ctype.DIGIT);
        classifier(m, "alnum", Ctype.ALNUM);
        classifier(m, "space", Ctype.SPACE);
        classifier(m, "upper", Ctype.UPPER);
        classifier(m, "lower", Ctype.LOWER);
        classifier(m, "punct", Ctype.PUNCT);
        classifier(m, "print", Ctype.PRINT);
        classifier(m, "graph", Ctype.GRAPH);
        classifier(m, "cntrl", Ctype.CNTRL);
        classifier(m, "xdigit", Ctype.XDIGIT);
        classifier(m, "blank", Ctype.BLANK);
        m.put("towupper", (a, loc) -> (long) towupper(Args.i(a, 0)));
        m.put("towlower", (a, loc) -> (long) towlower(Args.i(a, 0)));
        // wctype_t handles: the class bit itself (0 = unknown name)
        m.put("wctype", (a, loc) -> {
            String name = heap.readCString(Args.l(a, 0), loc);
            for (int k = 0; k < CLASS_NAMES.length; k++) {
                if (CLASS_NAMES[k].equals(name)) {
                    return (long) CLASS_BITS[k];
                }
            }
            return 0L;
        });
        m.put("iswctype", (a, loc) -> {
            int bit = Args.i(a, 1);
            return bit != 0 && isClass(Args.u32(a, 0), bit) ? 1L : 0L;
        });
        // wctrans_t handles: 1 = toupper, 2 = tolower
        m.put("wctrans", (a, loc) -> {
            String name = heap.readCString(Args.l(a, 0), loc);
            return name.equals("toupper") ? 1L : name.equals("tolower") ? 2L : 0L;
        });
        m.put("towctrans", (a, loc) -> {
            int c = Args.i(a, 0);
            long t = Args.l(a, 1);
            return (long) (t == 1 ? towupper(c) : t == 2 ? towlower(c) : c);
        });
    }
}
