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
 * qsort(base, n, size, compare) as compiled code: glibc's algorithm ({@link MergeSort}) with
 * the comparator called through an inline cache, so that a hot sort compiles with its
 * comparator inlined instead of calling back from library code once per comparison. One per
 * call site.
 */
public final class MergeSortRootNode extends RootNode implements MergeSort.Comparisons {
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
            long comparisons = MergeSort.sort(heap, base, n, size, tmp, this, function, this);
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

    @Override
    public int compare(Object comparator, long x, long y) {
        CFunction function = (CFunction) comparator;
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
