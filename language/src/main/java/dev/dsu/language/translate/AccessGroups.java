package dev.dsu.language.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Plain loads and stores whose folded addresses differ only in their constant part: the fields
 * of one struct through the same pointer ({@code p->x}, {@code p->y}), or the two halves of an
 * unrolled vector loop's {@code a[i]} and {@code a[i + 2]}. Each such access bounds-checks the
 * byte range the whole group covers instead of its own; the checks are then the same expression,
 * so compiled code does one per group where it did one per access. A range that does not fit
 * (an object smaller than the group's span) makes that access check itself alone from then on
 * (see AddressNode), so the result is never less precise, only sometimes not faster.
 */
final class AccessGroups {
    /** Spans larger than this are left alone: one far field should not make near ones fail. */
    private static final long MAX_SPAN = 4096;

    /** The range a group's accesses cover, relative to the same root and variable part. */
    record Span(long low, long end, boolean several) {
    }

    private record Key(Value root, List<Value> indices, List<Long> scales) {
    }

    private final Map<Key, Span> spans = new HashMap<>();
    /** Each access's folded address (null: not a getelementptr), kept for its translation. */
    private final Map<Value, FoldedAddress> folded = new HashMap<>();
    private final DataLayout layout;
    private final String function;

    AccessGroups(Function function, DataLayout layout) {
        this.layout = layout;
        this.function = function.getName();
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Load l && l.ordering == AtomicOrdering.NOT_ATOMIC) {
                    add(l.pointer, l.getType());
                } else if (i instanceof Instruction.Store s && s.ordering == AtomicOrdering.NOT_ATOMIC) {
                    add(s.pointer, s.value.getType());
                }
            }
        }
    }

    /** The folded form of an access's address, computed once per pointer (see FoldedAddress#of). */
    FoldedAddress folded(Value pointer) {
        if (!folded.containsKey(pointer)) {
            folded.put(pointer, FoldedAddress.of(pointer, layout, function));
        }
        return folded.get(pointer);
    }

    private void add(Value pointer, Type accessed) {
        FoldedAddress f = folded(pointer);
        if (f == null) {
            return;
        }
        long low = f.constant;
        long end = f.constant + layout.sizeOf(accessed);
        spans.merge(new Key(f.root, f.indices, f.scales), new Span(low, end, false),
                        (a, b) -> new Span(Math.min(a.low, b.low), Math.max(a.end, b.end), a.several || a.low != b.low || a.end != b.end));
    }

    /**
     * The span of the group of an access at {@code folded}, or null when the access is alone in
     * its group (or the span is too wide to be worth checking as one).
     */
    Span spanOf(FoldedAddress folded) {
        Span s = spans.get(new Key(folded.root, folded.indices, folded.scales));
        if (s == null || !s.several || s.end - s.low > MAX_SPAN) {
            return null;
        }
        return s;
    }
}
