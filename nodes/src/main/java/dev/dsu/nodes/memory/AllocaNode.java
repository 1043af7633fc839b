package dev.dsu.nodes.memory;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** alloca: a fresh stack object owned by the current activation. */
public final class AllocaNode extends CExpressionNode.LongValued {
    private final Heap heap;
    private final long elementSize;
    private final int stackSlot;
    private final String name;
    @Child private CExpressionNode count;

    public AllocaNode(Heap heap, long elementSize, CExpressionNode count, int stackSlot, String name) {
        this.heap = heap;
        this.elementSize = elementSize;
        this.count = count;
        this.stackSlot = stackSlot;
        this.name = name;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long n = count == null ? 1 : count.executeLong(frame);
        long size = elementSize * n;
        if (n < 0 || size > Integer.MAX_VALUE - 16) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw new MemoryFault("Segmentation fault: stack allocation of " + size + " bytes is too large", this);
        }
        long p = heap.allocateStack(size, name);
        stackOf(frame, stackSlot).add(p);
        return p;
    }

    public static StackAllocations stackOf(VirtualFrame frame, int slot) {
        Object s = frame.getObjectStatic(slot);
        if (s == null) {
            s = new StackAllocations();
            frame.setObjectStatic(slot, s);
        }
        return (StackAllocations) s;
    }
}
