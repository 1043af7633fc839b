package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;

/**
 * cmpxchg on an integer or pointer: yields the struct {old value, i1 success} as Object[]. Weak
 * forms never fail spuriously here, which is one of their allowed behaviours.
 */
public final class CompareExchangeNode extends CExpressionNode.ObjectValued {
    private final int bits;
    private final Heap heap;
    @Child private CExpressionNode address;
    @Child private CExpressionNode expected;
    @Child private CExpressionNode replacement;

    public CompareExchangeNode(int bits, Heap heap, CExpressionNode address, CExpressionNode expected, CExpressionNode replacement) {
        this.bits = bits;
        this.heap = heap;
        this.address = address;
        this.expected = expected;
        this.replacement = replacement;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        long ptr = address.executeLong(frame);
        long e = expected.executeLong(frame);
        long r = replacement.executeLong(frame);
        return exchange(ptr, e, r);
    }

    @TruffleBoundary
    private Object[] exchange(long ptr, long e, long r) {
        synchronized (heap) {
            long old = AtomicMemory.read(heap, ptr, bits, this);
            boolean success = old == e;
            if (success) {
                AtomicMemory.write(heap, ptr, bits, r, this);
            }
            return new Object[]{old, success ? -1L : 0L};
        }
    }
}
