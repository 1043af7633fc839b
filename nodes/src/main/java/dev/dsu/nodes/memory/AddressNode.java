package dev.dsu.nodes.memory;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CExpressionNode;

/**
 * An address as a base pointer plus a byte displacement. Loads and stores find the memory object
 * from the base (see {@link Heap#dataInBase}), so accesses that share a base, such as the elements
 * of one array in a loop, share the lookup in compiled code.
 */
public abstract class AddressNode extends CExpressionNode.LongValued {
    /** Set once this address was seen outside its base's object: it is then looked up as a pointer. */
    @CompilationFinal private boolean leftBase;

    public abstract long executeBase(VirtualFrame frame);

    public abstract long executeDisplacement(VirtualFrame frame);

    @Override
    public long executeLong(VirtualFrame frame) {
        return executeBase(frame) + executeDisplacement(frame);
    }

    /** The storage holding [base + displacement, +size), or a fault. */
    byte[] resolve(Heap heap, long base, long displacement, int size, Node location) {
        if (!leftBase) {
            byte[] data = heap.dataInBase(base, displacement, size);
            if (data != null) {
                return data;
            }
            leftBase = true;
        }
        return heap.resolveData(base + displacement, size, location);
    }

    /**
     * Where [base + displacement] lies in the array {@link #resolve} just returned. While the
     * address stays in its base's object this is the sum {@link Heap#dataInBase} checked, so
     * compiled code reuses it as the index: no narrowing of the pointer and widening again per
     * access.
     */
    long offsetIn(long base, long displacement) {
        return leftBase ? Heap.checkedOffset(base + displacement) : (base & 0xFFFFFFFFL) + displacement;
    }

    /** {@code pointer} as an address, if it is not one already: the pointer itself, displacement 0. */
    static AddressNode of(CExpressionNode pointer) {
        return pointer instanceof AddressNode a ? a : new PointerAddress(pointer);
    }

    static final class PointerAddress extends AddressNode {
        @Child private CExpressionNode pointer;

        PointerAddress(CExpressionNode pointer) {
            this.pointer = pointer;
        }

        @Override
        public long executeBase(VirtualFrame frame) {
            return pointer.executeLong(frame);
        }

        @Override
        public long executeDisplacement(VirtualFrame frame) {
            return 0;
        }

        @Override
        byte[] resolve(Heap heap, long base, long displacement, int size, Node location) {
            return heap.resolveData(base, size, location);
        }

        @Override
        long offsetIn(long base, long displacement) {
            return Heap.checkedOffset(base);
        }
    }
}
