package dev.dsu.nodes.memory;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
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
    /**
     * For an access in a group of accesses that differ only in a constant displacement (fields
     * of one struct, the unrolled halves of a vector loop): the bytes the group covers, checked
     * in place of this access's own (0: not grouped, or the group's range did not fit once).
     * Every member checks the same range from the same start, so compiled code keeps one check.
     */
    @CompilationFinal private int groupSpan;
    /** How far the group's range starts below this access's displacement. */
    @CompilationFinal private long groupSlack;
    /**
     * Set once a base was seen pointing past its object's start. Until then compiled code takes
     * the base's offset in its object as 0, as it is for the pointers malloc and local arrays
     * give: the check of an access in a loop then compares the displacement itself with the
     * object's size, and the offset, checked once before the loop, does not take a register.
     */
    @CompilationFinal private boolean baseInsideObject;

    public abstract long executeBase(VirtualFrame frame);

    public abstract long executeDisplacement(VirtualFrame frame);

    @Override
    public long executeLong(VirtualFrame frame) {
        return executeBase(frame) + executeDisplacement(frame);
    }

    /** Set when the base is a constant pointer, to a global unless it turns out otherwise. */
    @CompilationFinal private boolean constantBase;
    /** The global's storage while {@link #globalStorageValid} holds; null if the base is no global. */
    @CompilationFinal(dimensions = 0) private byte[] globalStorage;
    @CompilationFinal private Assumption globalStorageValid;

    /** Marks the base as a constant pointer: its object's storage is then kept here if it is a global's. */
    public AddressNode withConstantBase() {
        this.constantBase = true;
        return this;
    }

    /** Makes this access check its group's range: {@code slack} bytes below it, {@code span} bytes long. */
    public AddressNode withGroupSpan(long slack, int span) {
        this.groupSlack = slack;
        this.groupSpan = span;
        return this;
    }

    /** The storage holding [base + displacement, +size), or a fault. */
    byte[] resolve(Heap heap, long base, long displacement, int size, Node location) {
        if (constantBase) {
            byte[] data = globalStorage(heap, base);
            long at = (base & 0xFFFFFFFFL) + displacement;
            if (data != null && (long) data.length - size >= 0 && Long.compareUnsigned(at, (long) data.length - size) <= 0) {
                return data;
            }
            // not a global after all, or an access outside it: looked up as any other from now on
            CompilerDirectives.transferToInterpreterAndInvalidate();
            constantBase = false;
        }
        return resolveInHeap(heap, base, displacement, size, location);
    }

    /** In compiled code a constant, as long as no update replaced a global's storage. */
    private byte[] globalStorage(Heap heap, long base) {
        Assumption valid = globalStorageValid;
        if (valid == null || !valid.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            globalStorageValid = heap.globalStorageUnchanged();
            globalStorage = heap.globalStorage(base);
        }
        return globalStorage;
    }

    /** The lookup through the heap's tables. */
    byte[] resolveInHeap(Heap heap, long base, long displacement, int size, Node location) {
        if (!leftBase) {
            long at = baseOffset(base) + displacement;
            if (groupSpan != 0) {
                byte[] data = heap.dataInBase(base, at - groupSlack, groupSpan);
                if (data != null) {
                    return data;
                }
                // the group's range is not all in this object: this access checks itself from now on
                groupSpan = 0;
            }
            byte[] data = heap.dataInBase(base, at, size);
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
        return leftBase ? Heap.checkedOffset(base + displacement) : baseOffset(base) + displacement;
    }

    /** Where {@code base} points in its object (see {@link #baseInsideObject}). */
    private long baseOffset(long base) {
        long offset = base & 0xFFFFFFFFL;
        if (!baseInsideObject) {
            if (offset == 0) {
                return 0;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            baseInsideObject = true;
        }
        return offset;
    }

    /** {@code pointer} as an address, if it is not one already: the pointer itself, displacement 0. */
    public static AddressNode of(CExpressionNode pointer) {
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
        byte[] resolveInHeap(Heap heap, long base, long displacement, int size, Node location) {
            return heap.resolveData(base, size, location);
        }

        @Override
        long offsetIn(long base, long displacement) {
            return Heap.checkedOffset(base);
        }
    }
}
