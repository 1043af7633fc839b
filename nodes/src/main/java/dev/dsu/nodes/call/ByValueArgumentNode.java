package dev.dsu.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.AllocaNode;
import dev.dsu.nodes.memory.Heap;

/** A byval argument: the callee gets a pointer to its own copy, owned by the caller's activation. */
public final class ByValueArgumentNode extends CExpressionNode.LongValued {
    private final Heap heap;
    private final long size;
    private final int stackSlot;
    @Child private CExpressionNode pointer;

    public ByValueArgumentNode(Heap heap, long size, int stackSlot, CExpressionNode pointer) {
        this.heap = heap;
        this.size = size;
        this.stackSlot = stackSlot;
        this.pointer = pointer;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long source = pointer.executeLong(frame);
        long copy = heap.allocateStack(size, "byval argument");
        AllocaNode.stackOf(frame, stackSlot).add(copy);
        heap.copy(copy, source, size, this);
        return copy;
    }
}
