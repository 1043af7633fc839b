package dev.dsu.nodes.vector;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.StorageType;
import dev.dsu.nodes.memory.ValueCodec;

/**
 * llvm.masked.{load,store,gather,scatter}: only lanes whose mask bit is set touch memory, so a
 * masked-off lane past the end of an object must not fault. Lane addresses come from one base
 * pointer (load/store) or from a vector of pointers (gather/scatter).
 */
public final class MaskedMemoryNode extends CExpressionNode.ObjectValued {
    public enum Op {
        LOAD, STORE, GATHER, SCATTER
    }

    private final Op op;
    private final Heap heap;
    private final StorageType element;
    private final long stride;
    @Child private CExpressionNode address;
    @Child private CExpressionNode mask;
    /** The pass-through vector for loads and gathers, the stored vector for stores and scatters. */
    @Child private CExpressionNode data;

    public MaskedMemoryNode(Op op, Heap heap, StorageType element, long stride, CExpressionNode address, CExpressionNode mask, CExpressionNode data) {
        this.op = op;
        this.heap = heap;
        this.element = element;
        this.stride = stride;
        this.address = address;
        this.mask = mask;
        this.data = data;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object where = address.executeGeneric(frame);
        long[] m = (long[]) mask.executeGeneric(frame);
        Object d = data.executeGeneric(frame);
        return access(where, m, d);
    }

    @TruffleBoundary
    private Object access(Object where, long[] m, Object d) {
        boolean loading = op == Op.LOAD || op == Op.GATHER;
        Object result = loading ? Lanes.copy(d) : null;
        for (int k = 0; k < m.length; k++) {
            if (m[k] == 0) {
                continue;
            }
            long ptr = where instanceof long[] pointers ? pointers[k] : (Long) where + stride * k;
            if (loading) {
                Lanes.set(result, k, ValueCodec.read(heap, ptr, element, this));
            } else {
                ValueCodec.write(heap, ptr, element, Lanes.get(d, k), this);
            }
        }
        return result;
    }
}
