package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;

/** llvm.memcpy / llvm.memmove / llvm.memset. */
public final class MemoryIntrinsicNode extends CExpressionNode.LongValued {
    public enum Op {
        COPY, SET
    }

    private final Op op;
    private final Heap heap;
    @Child private CExpressionNode destination;
    @Child private CExpressionNode source;
    @Child private CExpressionNode length;

    public MemoryIntrinsicNode(Op op, Heap heap, CExpressionNode destination, CExpressionNode source, CExpressionNode length) {
        this.op = op;
        this.heap = heap;
        this.destination = destination;
        this.source = source;
        this.length = length;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long dst = destination.executeLong(frame);
        long src = source.executeLong(frame);
        long n = length.executeLong(frame);
        if (op == Op.COPY) {
            heap.copy(dst, src, n, this);
        } else {
            heap.fill(dst, (byte) src, n, this);
        }
        return 0;
    }
}
