package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.memory.Heap;

/** atomicrmw on an integer or pointer of 8, 16, 32 or 64 bits; yields the old value. */
public final class AtomicReadModifyWriteNode extends CExpressionNode.LongValued {
    public enum Op {
        XCHG, ADD, SUB, AND, NAND, OR, XOR, MAX, MIN, UMAX, UMIN, UINC_WRAP, UDEC_WRAP
    }

    private final Op op;
    private final int bits;
    private final Heap heap;
    @Child private CExpressionNode address;
    @Child private CExpressionNode value;

    public AtomicReadModifyWriteNode(Op op, int bits, Heap heap, CExpressionNode address, CExpressionNode value) {
        this.op = op;
        this.bits = bits;
        this.heap = heap;
        this.address = address;
        this.value = value;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long ptr = address.executeLong(frame);
        long operand = value.executeLong(frame);
        return update(ptr, operand);
    }

    @TruffleBoundary
    private long update(long ptr, long operand) {
        synchronized (heap) {
            long old = AtomicMemory.read(heap, ptr, bits, this);
            AtomicMemory.write(heap, ptr, bits, combine(op, bits, old, operand), this);
            return old;
        }
    }

    /** Canonical (sign-extended) operands keep unsigned order, so umax/umin compare them directly. */
    static long combine(Op op, int bits, long old, long v) {
        return switch (op) {
            case XCHG -> v;
            case ADD -> IntegerWidth.normalize(old + v, bits);
            case SUB -> IntegerWidth.normalize(old - v, bits);
            case AND -> old & v;
            case NAND -> ~(old & v);
            case OR -> old | v;
            case XOR -> old ^ v;
            case MAX -> Math.max(old, v);
            case MIN -> Math.min(old, v);
            case UMAX -> Long.compareUnsigned(old, v) >= 0 ? old : v;
            case UMIN -> Long.compareUnsigned(old, v) <= 0 ? old : v;
            case UINC_WRAP -> Long.compareUnsigned(old, v) >= 0 ? 0 : IntegerWidth.normalize(old + 1, bits);
            case UDEC_WRAP -> old == 0 || Long.compareUnsigned(old, v) > 0 ? v : IntegerWidth.normalize(old - 1, bits);
        };
    }
}
