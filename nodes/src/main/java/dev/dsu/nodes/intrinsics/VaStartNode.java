package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.AllocaNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.StackAllocations;

/**
 * llvm.va_start: lays the variadic arguments out as the x86-64 System V ABI does (a register
 * save area of 6 integer and 8 vector slots, then an overflow area), because clang compiles
 * va_arg into inline code that reads exactly that layout through the va_list struct
 * {i32 gp_offset, i32 fp_offset, ptr overflow_arg_area, ptr reg_save_area}.
 */
public final class VaStartNode extends CExpressionNode.LongValued {
    public static final int GP_AREA_END = 48;
    public static final int FP_AREA_END = 176;

    private final Heap heap;
    private final int fixedCount;
    private final int fixedGp;
    private final int fixedFp;
    private final int stackSlot;
    @Child private CExpressionNode vaList;

    public VaStartNode(Heap heap, int fixedCount, int fixedGp, int fixedFp, int stackSlot, CExpressionNode vaList) {
        this.heap = heap;
        this.fixedCount = fixedCount;
        this.fixedGp = fixedGp;
        this.fixedFp = fixedFp;
        this.stackSlot = stackSlot;
        this.vaList = vaList;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long list = vaList.executeLong(frame);
        Object[] args = frame.getArguments();
        StackAllocations stack = AllocaNode.stackOf(frame, stackSlot);
        long saveArea = heap.allocateStack(FP_AREA_END, "va_list register save area");
        stack.add(saveArea);
        int extra = Math.max(0, args.length - fixedCount);
        // 16 bytes per argument, plus room to 16-align long doubles
        long overflow = heap.allocateStack(Math.max(8, 16L * extra + 16), "va_list overflow area");
        stack.add(overflow);
        int gp = fixedGp * 8;
        int fp = GP_AREA_END + fixedFp * 16;
        long over = overflow;
        for (int i = fixedCount; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LongDouble ld) {
                // x87 values always go to memory: 10 bytes in a 16-aligned 16-byte slot
                over = (over + 15) & -16L;
                heap.putI64(over, ld.mantissa, this);
                heap.putI16(over + 8, (short) ld.signExp, this);
                over += 16;
            } else if (a instanceof Double || a instanceof Float) {
                double d = ((Number) a).doubleValue();
                if (fp < FP_AREA_END) {
                    heap.putDouble(saveArea + fp, d, this);
                    fp += 16;
                } else {
                    heap.putDouble(over, d, this);
                    over += 8;
                }
            } else if (a instanceof Long l) {
                if (gp < GP_AREA_END) {
                    heap.putI64(saveArea + gp, l, this);
                    gp += 8;
                } else {
                    heap.putI64(over, l, this);
                    over += 8;
                }
            } else {
                // aggregates and wide integers go to memory in 8-byte words
                over = writeWords(over, a);
            }
        }
        heap.putI32(list, fixedGp * 8, this);
        heap.putI32(list + 4, GP_AREA_END + fixedFp * 16, this);
        heap.putI64(list + 8, overflow, this);
        heap.putI64(list + 16, saveArea, this);
        return 0;
    }

    /** Recursive (nested aggregates): partial evaluation would inline it without end and give up compiling the function. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private long writeWords(long at, Object a) {
        if (a instanceof Object[] parts) {
            long p = at;
            for (Object part : parts) {
                p = writeWords(p, part);
            }
            return p;
        } else if (a instanceof java.math.BigInteger b) {
            heap.putI64(at, b.longValue(), this);
            heap.putI64(at + 8, b.shiftRight(64).longValue(), this);
            return at + 16;
        } else if (a instanceof Long l) {
            heap.putI64(at, l, this);
        } else if (a instanceof Number n) {
            heap.putDouble(at, n.doubleValue(), this);
        }
        return at + 8;
    }
}
