package dev.dsu.nodes.intrinsics;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;

/**
 * llvm.load.relative(base, offset) = base + sext(i32 at base+offset). Tables of relative
 * pointers (switch lookup tables of strings) hold 32-bit differences between addresses of
 * different objects, which our object ids do not fit in; the loader records the full
 * differences per table entry, and this node prefers them.
 */
public final class LoadRelativeNode extends CExpressionNode.LongValued {
    private final Heap heap;
    private final Map<Long, Long> fullDifferences;
    @Child private CExpressionNode base;
    @Child private CExpressionNode offset;

    public LoadRelativeNode(Heap heap, Map<Long, Long> fullDifferences, CExpressionNode base, CExpressionNode offset) {
        this.heap = heap;
        this.fullDifferences = fullDifferences;
        this.base = base;
        this.offset = offset;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long b = base.executeLong(frame);
        long entry = b + offset.executeLong(frame);
        Long full = lookup(entry);
        return b + (full != null ? full : heap.getI32(entry, this));
    }

    @TruffleBoundary
    private Long lookup(long entry) {
        return fullDifferences.get(entry);
    }
}
