package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.StorageType;
import dev.dsu.nodes.memory.ValueCodec;

/**
 * store atomic: taken under the heap's lock, otherwise it could land between the read and the
 * write of another thread's read-modify-write and be lost.
 */
public final class AtomicStoreNode extends CStatementNode {
    private final Heap heap;
    private final StorageType type;
    @Child private CExpressionNode address;
    @Child private CExpressionNode value;

    public AtomicStoreNode(Heap heap, StorageType type, CExpressionNode address, CExpressionNode value) {
        this.heap = heap;
        this.type = type;
        this.address = address;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        long ptr = address.executeLong(frame);
        store(ptr, value.executeGeneric(frame));
    }

    @TruffleBoundary
    private void store(long ptr, Object v) {
        synchronized (heap) {
            ValueCodec.write(heap, ptr, type, v, this);
        }
    }
}
