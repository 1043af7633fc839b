package dev.dsu.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dsu.nodes.CThreadState;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.control.CRuntimeError;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * qsort(base, n, size, compare) as compiled code: glibc's merge sort through a temporary
 * buffer (msort), with the same comparator calls in the same order, but with the comparator
 * called through an inline cache, so that a hot sort compiles with its comparator inlined
 * instead of calling back from library code once per comparison. One per call site.
 */
public final class MergeSortRootNode extends RootNode {
    /** Halving a 64-bit count nests at most this deep. */
    private static final int MAX_DEPTH = 66;

    private final Heap heap;
    private final ThreadStates threads;
    @Child private FunctionPointerCallNode compare = new FunctionPointerCallNode();

    public MergeSortRootNode(TruffleLanguage<?> language, Heap heap, ThreadStates threads) {
        super(language);
        this.heap = heap;
        this.threads = threads;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        long base = integer(args[0]);
        long n = integer(args[1]);
        long size = integer(args[2]);
        long comparator = integer(args[3]);
        if (n <= 1 || size == 0) {
            return 0L;
        }
        CFunction function = CallNode.resolve(heap, comparator, null);
        long tmp = heap.allocate(n * size, MemoryObject.Kind.STACK, "qsort buffer");
        CThreadState thread = threads.current();
        // an update waits until the sort is over: this frame is not a C frame it could rebuild
        thread.callbackDepth++;
        try {
            long comparisons = sort(base, n, size, function, tmp);
            // a few calls of a long sort are as hot as many of a short one
            LoopNode.reportLoopCount(this, (int) Math.min(comparisons, Integer.MAX_VALUE));
        } finally {
            thread.callbackDepth--;
            heap.releaseStack(tmp);
        }
        return 0L;
    }

    private static long integer(Object argument) {
        return argument instanceof Long l ? l : ((Number) argument).longValue();
    }

    /**
     * msort's recursion (sort each half, then merge) with an explicit stack, in the same order:
     * a comparator with side effects sees the same sequence of calls as under glibc.
     */
    private long sort(long base, long count, long size, CFunction function, long tmp) {
        long[] bases = new long[MAX_DEPTH];
        long[] counts = new long[MAX_DEPTH];
        byte[] stage = new byte[MAX_DEPTH];
        int top = 0;
        long comparisons = 0;
        bases[0] = base;
        counts[0] = count;
        while (top >= 0) {
            long b = bases[top];
            long n = counts[top];
            long n1 = n / 2;
            if (n <= 1 || stage[top] == 2) {
                if (n > 1) {
                    comparisons += merge(b, n1, n - n1, size, function, tmp);
                }
                top--;
                continue;
            }
            int half = stage[top]++;
            bases[top + 1] = half == 0 ? b : b + n1 * size;
            counts[top + 1] = half == 0 ? n1 : n - n1;
            stage[top + 1] = 0;
            top++;
        }
        return comparisons;
    }

    /** Returns the number of comparisons. */
    private long merge(long b, long n1, long n2, long size, CFunction function, long tmp) {
        long comparisons = 0;
        long b1 = b;
        long b2 = b + n1 * size;
        long t = tmp;
        while (n1 > 0 && n2 > 0) {
            long from;
            comparisons++;
            if (compare(function, b1, b2) <= 0) {
                from = b1;
                b1 += size;
                n1--;
            } else {
                from = b2;
                b2 += size;
                n2--;
            }
            move(t, from, size);
            t += size;
        }
        if (n1 > 0) {
            heap.copy(t, b1, n1 * size, this);
        }
        heap.copy(b, tmp, (t - tmp) + n1 * size, this);
        return comparisons;
    }

    private void move(long to, long from, long size) {
        if (size == 8) {
            heap.putI64(to, heap.getI64(from, this), this);
        } else {
            heap.copy(to, from, size, this);
        }
    }

    private int compare(CFunction function, long x, long y) {
        Object[] args = {x, y};
        Object r;
        if (function.isDefined()) {
            r = compare.call(function, args);
        } else if (function.getLibrary() != null) {
            r = callLibrary(function.getLibrary(), args, this);
        } else {
            throw new CRuntimeError("qsort: call to undefined function '" + function.name + "' through the comparator pointer", this);
        }
        return r instanceof Long l ? (int) (long) l : r instanceof Number num ? num.intValue() : 0;
    }

    @TruffleBoundary
    private static Object callLibrary(LibraryFunction function, Object[] args, Node location) {
        return function.call(args, location);
    }

    @Override
    public String getName() {
        return "qsort";
    }

    @Override
    public String toString() {
        return "qsort";
    }
}
