package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;

/**
 * A call to strcmp, strncmp or strlen computed inline: the loop is compiled into the caller
 * (a qsort comparator, a hash-table probe) instead of crossing into the library for every
 * string. The same heap routines as the library's, so results and faults are the same.
 */
public final class CStringCallNode extends CExpressionNode {
    public enum Op {
        STRCMP(2),
        STRNCMP(3),
        STRLEN(1);

        final int arguments;

        Op(int arguments) {
            this.arguments = arguments;
        }
    }

    private final Op op;
    private final Heap heap;
    @Children private final CExpressionNode[] arguments;

    public CStringCallNode(Op op, Heap heap, CExpressionNode[] arguments) {
        this.op = op;
        this.heap = heap;
        this.arguments = arguments;
    }

    /** The node for a call to {@code name} with these arguments, or null when it is not one of these. */
    public static CStringCallNode forCall(String name, Heap heap, CExpressionNode[] arguments) {
        Op op = switch (name) {
            case "strcmp" -> Op.STRCMP;
            case "strncmp" -> Op.STRNCMP;
            case "strlen" -> Op.STRLEN;
            default -> null;
        };
        return op != null && arguments.length == op.arguments ? new CStringCallNode(op, heap, arguments) : null;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = arguments[0].executeLong(frame);
        switch (op) {
            case STRLEN:
                return heap.cStringLength(a, this);
            case STRCMP:
                return heap.compareCStrings(a, arguments[1].executeLong(frame), Long.MAX_VALUE, this);
            default:
                long b = arguments[1].executeLong(frame);
                long n = arguments[2].executeLong(frame);
                // n is a size_t: a "negative" one is just very large
                return n == 0 ? 0 : heap.compareCStrings(a, b, n < 0 ? Long.MAX_VALUE : n, this);
        }
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeLong(frame);
    }
}
