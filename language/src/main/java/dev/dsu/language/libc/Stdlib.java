package dev.dsu.language.libc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.call.MergeSort;
import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/** stdlib.h: allocation, sorting, random numbers, environment and process exit. */
final class Stdlib {
    private final Heap heap;
    private final Errno errno;
    private final FunctionCaller caller;
    private final CLibrary lib;
    final List<Long> atexitHandlers = new ArrayList<>();

    // glibc random_r TYPE_3 state: x[i] = x[i-3] + x[i-31]
    private final int[] randState = new int[31];
    private int fptr;
    private int rptr;

    /** Environment: name -> "NAME=value" C string, in insertion order; environ is rebuilt on change. */
    private final Map<String, Long> env = new LinkedHashMap<>();
    final long environVar;

    Stdlib(Heap heap, Errno errno, FunctionCaller caller, CLibrary lib, Map<String, String> environment) {
        this.heap = heap;
        this.errno = errno;
        this.caller = caller;
        this.lib = lib;
        srandom(1);
        environVar = heap.allocate(8, MemoryObject.Kind.GLOBAL, "environ");
        if (environment != null) {
            for (Map.Entry<String, String> e : environment.entrySet()) {
                env.put(e.getKey(), entry(e.getKey(), e.getValue()));
            }
        }
        rebuildEnviron();
    }

    // ---- random ----

    void srandom(long seed) {
        int s = (int) seed;
        if (s == 0) {
            s = 1;
        }
        randState[0] = s;
        int word = s;
        for (int i = 1; i < 31; i++) {
            int hi = word / 127773;
            int lo = word % 127773;
            word = 16807 * lo - 2836 * hi;
            if (word < 0) {
                word += 2147483647;
            }
            randState[i] = word;
        }
        fptr = 3;
        rptr = 0;
        for (int i = 0; i < 310; i++) {
            random();
        }
    }

    int random() {
        int val = randState[fptr] += randState[rptr];
        int result = val >>> 1;
        if (++fptr >= 31) {
            fptr = 0;
            ++rptr;
        } else if (++rptr >= 31) {
            rptr = 0;
        }
        return result;
    }

    // ---- environment ----

    private long entry(String name, String value) {
        return heap.allocateCString((name + "=" + value).getBytes(StandardCharsets.ISO_8859_1), MemoryObject.Kind.GLOBAL, "environ entry");
    }

    private void rebuildEnviron() {
        long array = heap.allocate(8L * (env.size() + 1), MemoryObject.Kind.GLOBAL, "environ array");
        int k = 0;
        for (long p : env.values()) {
            heap.putI64(array + 8L * k++, p, null);
        }
        heap.putI64(environVar, array, null);
    }

    @TruffleBoundary
    long getenv(String name) {
        Long p = env.get(name);
        return p == null ? 0 : p + name.length() + 1;
    }

    @TruffleBoundary
    int setenv(String name, String value, boolean overwrite) {
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            errno.set(Errno.EINVAL);
            return -1;
        }
        if (!overwrite && env.containsKey(name)) {
            return 0;
        }
        env.put(name, entry(name, value));
        rebuildEnviron();
        return 0;
    }

    @TruffleBoundary
    int unsetenv(String name) {
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            errno.set(Errno.EINVAL);
            return -1;
        }
        if (env.remove(name) != null) {
            rebuildEnviron();
        }
        return 0;
    }

    // ---- sorting ----

    private static int compare(FunctionCaller.Callback cmp, long x, long y) {
        Object r = cmp.call(new Object[]{x, y});
        return r instanceof Number n ? n.intValue() : 0;
    }

    /** glibc's algorithm, reached through a pointer; a call by name runs it compiled (SortCallNode). */
    void qsort(long base, long n, long size, long cmp, Node loc) {
        if (n <= 1 || size == 0) {
            return;
        }
        long tmp = heap.allocate(n * size, MemoryObject.Kind.STACK, "qsort buffer");
        try {
            MergeSort.sort(heap, base, n, size, tmp, (callback, x, y) -> compare((FunctionCaller.Callback) callback, x, y), caller.bind(cmp, loc), loc);
        } finally {
            heap.releaseStack(tmp);
        }
    }

    long bsearch(long key, long base, long n, long size, long cmpPointer, Node loc) {
        if (n == 0) {
            return 0;
        }
        FunctionCaller.Callback cmp = caller.bind(cmpPointer, loc);
        long l = 0;
        long u = n;
        while (l < u) {
            long idx = (l + u) >>> 1;
            long p = base + idx * size;
            int c = compare(cmp, key, p);
            if (c < 0) {
                u = idx;
            } else if (c > 0) {
                l = idx + 1;
            } else {
                return p;
            }
        }
        return 0;
    }

    // ---- allocation ----

    long malloc(long size) {
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            errno.set(Errno.ENOMEM);
            return 0;
        }
        long p = heap.allocate(size, MemoryObject.Kind.HEAP, null);
        if (p == 0) {
            errno.set(Errno.ENOMEM);
        }
        return p;
    }

    void register(Map<String, Builtin> m) {
        m.put("malloc", IntegerBuiltin.unary((size, loc) -> malloc(size)));
        m.put("calloc", IntegerBuiltin.binary((n, s, loc) -> {
            long total;
            try {
                total = Math.multiplyExact(n, s);
            } catch (ArithmeticException e) {
                total = -1;
            }
            if (n < 0 || s < 0 || total < 0) {
                errno.set(Errno.ENOMEM);
                return 0;
            }
            return malloc(total);
        }));
        m.put("realloc", IntegerBuiltin.binary((p, size, loc) -> {
            if (p != 0 && size == 0) {
                heap.free(p, loc);
                return 0;
            }
            if (size < 0 || size > Integer.MAX_VALUE - 16) {
                errno.set(Errno.ENOMEM);
                return 0;
            }
            return heap.reallocate(p, size, loc);
        }));
        m.put("reallocarray", (a, loc) -> {
            long n = Args.l(a, 1), s = Args.l(a, 2);
            if (n < 0 || s < 0 || s != 0 && n > Long.MAX_VALUE / s) {
                errno.set(Errno.ENOMEM);
                return 0L;
            }
            return m.get("realloc").call(new Object[]{Args.l(a, 0), n * s}, loc);
        });
        m.put("free", IntegerBuiltin.unary((p, loc) -> {
            heap.free(p, loc);
            return 0;
        }));
        m.put("cfree", m.get("free"));
        m.put("aligned_alloc", (a, loc) -> {
            long al = Args.l(a, 0);
            if (al <= 0 || (al & (al - 1)) != 0) {
                errno.set(Errno.EINVAL);
                return 0L;
            }
            return malloc(Args.l(a, 1));
        });
        m.put("memalign", m.get("aligned_alloc"));
        m.put("valloc", (a, loc) -> malloc(Args.l(a, 0)));
        m.put("pvalloc", m.get("valloc"));
        m.put("posix_memalign", (a, loc) -> {
            long al = Args.l(a, 1);
            if (al < 8 || (al & (al - 1)) != 0) {
                return (long) Errno.EINVAL;
            }
            long p = malloc(Args.l(a, 2));
            if (p == 0) {
                return (long) Errno.ENOMEM;
            }
            heap.putI64(Args.l(a, 0), p, loc);
            return 0L;
        });
        m.put("malloc_usable_size", (a, loc) -> {
            MemoryObject o = heap.objectOrNull(Args.l(a, 0));
            return o == null || o.kind != MemoryObject.Kind.HEAP ? 0L : (long) o.data().length;
        });

        m.put("qsort", (a, loc) -> {
            qsort(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), Args.l(a, 3), loc);
            return null;
        });
        m.put("bsearch", (a, loc) -> bsearch(Args.l(a, 0), Args.l(a, 1), Args.l(a, 2), Args.l(a, 3), Args.l(a, 4), loc));

        m.put("rand", IntegerBuiltin.unary((unused, loc) -> random()));
        m.put("random", m.get("rand"));
        m.put("srand", (a, loc) -> {
            srandom(Args.l(a, 0));
            return null;
        });
        m.put("srandom", m.get("srand"));
        m.put("rand_r", (a, loc) -> {
            // glibc's rand_r: three rounds of an LCG over the caller's seed
            long sp = Args.l(a, 0);
            int next = heap.getI32(sp, loc);
            int result;
            next = next * 1103515245 + 12345;
            result = (next >>> 16) % 2048;
            next = next * 1103515245 + 12345;
            result = (result << 10) ^ ((next >>> 16) % 1024);
            next = next * 1103515245 + 12345;
            result = (result << 10) ^ ((next >>> 16) % 1024);
            heap.putI32(sp, next, loc);
            return (long) result;
        });

        m.put("abs", IntegerBuiltin.unary((x, loc) -> Math.abs((int) x)));
        m.put("labs", IntegerBuiltin.unary((x, loc) -> Math.abs(x)));
        m.put("llabs", m.get("labs"));
        m.put("imaxabs", m.get("labs"));
        m.put("div", (a, loc) -> {
            int n = Args.i(a, 0), d = Args.i(a, 1);
            if (d == 0) {
                throw new dev.dsu.nodes.memory.MemoryFault("Floating point exception: integer division by zero", 136, loc);
            }
            int q = n / d, r = n % d;
            return (q & 0xffffffffL) | ((long) r << 32);
        });

        // ldiv_t and lldiv_t come back as the IR struct {i64, i64}
        Builtin longDivision = (a, loc) -> {
            long n = Args.l(a, 0), d = Args.l(a, 1);
            if (d == 0) {
                throw new dev.dsu.nodes.memory.MemoryFault("Floating point exception: integer division by zero", 136, loc);
            }
            return new Object[]{n / d, n % d};
        };
        m.put("ldiv", longDivision);
        // the C locale's MB_CUR_MAX
        m.put("__ctype_get_mb_cur_max", (a, loc) -> 1L);
        m.put("lldiv", longDivision);
        m.put("imaxdiv", longDivision);

        m.put("getenv", (a, loc) -> getenv(heap.readCString(Args.l(a, 0), loc)));
        m.put("secure_getenv", m.get("getenv"));
        m.put("setenv", (a, loc) -> (long) setenv(heap.readCString(Args.l(a, 0), loc), heap.readCString(Args.l(a, 1), loc), Args.i(a, 2) != 0));
        m.put("unsetenv", (a, loc) -> (long) unsetenv(heap.readCString(Args.l(a, 0), loc)));
        m.put("putenv", (a, loc) -> {
            String s = heap.readCString(Args.l(a, 0), loc);
            int eq = s.indexOf('=');
            return eq < 0 ? (long) unsetenv(s) : (long) setenv(s.substring(0, eq), s.substring(eq + 1), true);
        });

        m.put("exit", (a, loc) -> {
            lib.exit(Args.i(a, 0), loc);
            return null;
        });
        Builtin quickExit = (a, loc) -> {
            throw new ProgramExit(Args.i(a, 0) & 0xff);
        };
        m.put("_exit", quickExit);
        m.put("_Exit", quickExit);
        m.put("quick_exit", quickExit);
        m.put("atexit", (a, loc) -> {
            atexitHandlers.add(Args.l(a, 0));
            return 0L;
        });
        m.put("abort", (a, loc) -> {
            throw new ProgramExit(134);
        });
        m.put("system", (a, loc) -> Args.l(a, 0) == 0 ? 0L : -1L);
    }
}
