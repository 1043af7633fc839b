package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.call.IntegerLibraryFunction;
import dev.dsu.nodes.memory.Heap;

/**
 * A call to malloc, calloc or free by name, whose common case is compiled into the caller:
 * a tree-building program calls them millions of times, and crossing into the library cost as
 * much as the allocation. What the inline path does not handle (sizes the library refuses with
 * ENOMEM, large blocks, faults) goes to the library function itself, so results, errno and
 * fault reports are the library's.
 */
public final class HeapCallNode extends CExpressionNode {
    public enum Op {
        MALLOC(1),
        CALLOC(2),
        FREE(1);

        final int arguments;

        Op(int arguments) {
            this.arguments = arguments;
        }
    }

    private final Op op;
    private final Heap heap;
    private final IntegerLibraryFunction library;
    @Children private final CExpressionNode[] arguments;

    private HeapCallNode(Op op, Heap heap, IntegerLibraryFunction library, CExpressionNode[] arguments) {
        this.op = op;
        this.heap = heap;
        this.library = library;
        this.arguments = arguments;
    }

    /** The node for a call to {@code name} with these arguments, or null when it is not one of these. */
    public static HeapCallNode forCall(String name, Heap heap, IntegerLibraryFunction library, CExpressionNode[] arguments) {
        Op op = switch (name) {
            case "malloc" -> Op.MALLOC;
            case "calloc" -> Op.CALLOC;
            case "free" -> Op.FREE;
            default -> null;
        };
        return op != null && arguments.length == op.arguments ? new HeapCallNode(op, heap, library, arguments) : null;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = arguments[0].executeLong(frame);
        switch (op) {
            case MALLOC:
                // a negative long is a huge size_t: ENOMEM, which only the library sets
                return a >= 0 && a <= Heap.INLINE_ALLOCATION_LIMIT ? heap.allocateHeapBlock(a) : callLibrary(library, a, 0, this);
            case CALLOC:
                long b = arguments[1].executeLong(frame);
                // blocks come zeroed, so calloc is malloc of the product; the factors are checked
                // one by one first so that the product cannot overflow
                if (a >= 0 && b >= 0 && a <= Heap.INLINE_ALLOCATION_LIMIT && b <= Heap.INLINE_ALLOCATION_LIMIT && a * b <= Heap.INLINE_ALLOCATION_LIMIT) {
                    return heap.allocateHeapBlock(a * b);
                }
                return callLibrary(library, a, b, this);
            default:
                heap.freeHeapBlock(a, this);
                return 0;
        }
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeLong(frame);
    }

    @TruffleBoundary
    private static long callLibrary(IntegerLibraryFunction library, long a0, long a1, Node location) {
        return library.callIntegers(a0, a1, 0, location);
    }
}
