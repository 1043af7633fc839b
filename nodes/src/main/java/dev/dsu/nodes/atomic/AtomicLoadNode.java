package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.StorageType;
import dev.dsu.nodes.memory.ValueCodec;

/**
 * load atomic: taken under the heap's lock so that it never observes half of a read-modify-write
 * done by another thread (a plain load of a 64-bit slot would be fine, but a torn read of a
 * wider or misaligned object would not).
 */
public final class AtomicLoadNode extends CExpressionNode {
    private final Heap heap;
    private final StorageType type;
    @Child private CExpressionNode address;

    public AtomicLoadNode(Heap heap, StorageType type, CExpressionNode address) {
        this.heap = heap;
        this.type = type;
        this.address = address;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return (Long) load(address.executeLong(frame));
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return (Double) load(address.executeLong(frame));
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        return (Float) load(address.executeLong(frame));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return load(address.executeLong(frame));
    }

    @TruffleBoundary
    private Object load(long ptr) {
        synchronized (heap) {
            return ValueCodec.read(heap, ptr, type, this);
        }
    }
}
