package dev.dsu.language.translate;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Value;

/**
 * Where a translated function keeps its state, recorded for updates: the slot of every SSA value
 * (and phi shadow), the values carrying source variable names, and where each continuation point
 * resumes (dispatch block and statement).
 */
public final class FrameLayout {
    public final Function function;
    public final Map<Value, Integer> slots = new IdentityHashMap<>();
    public final Map<Instruction.Phi, Integer> shadowSlots = new IdentityHashMap<>();
    /** Source variable name to the value holding it (an alloca, or an SSA value). */
    public final Map<String, Value> namedValues = new HashMap<>();
    /** The DILocalVariable of each named value (its C type, for transforming locals). */
    public final Map<String, Metadata> variables = new HashMap<>();
    /** Continuation point label to {dispatch block, statement index}. */
    public final Map<String, int[]> resumePoints = new HashMap<>();
    /**
     * For call sites: where to resume when the frame comes from changed code, whose unnamed
     * temporaries cannot be mapped — after the last statement with an effect before the call, so
     * the call's operands are computed again (from memory that kept its values).
     */
    public final Map<String, int[]> recomputePoints = new HashMap<>();
    /** Loop head label to {dispatch block, 0} of the block the loop exits to ("leave-loop" in a patch). */
    public final Map<String, int[]> loopExits = new HashMap<>();
    /** The block each of those exits is, for checking what resuming there would read. */
    public final Map<String, dev.dsu.language.ir.BasicBlock> loopExitBlocks = new HashMap<>();
    /** Call site label to its call instruction (update points resume at a block start instead). */
    public final Map<String, Instruction> resumeInstructions = new HashMap<>();
    /** Values that share their slot with others (block-local temporaries, see SlotAllocator). */
    public final java.util.Set<Value> sharedSlotValues = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    public int slotCount;
    public dev.dsu.language.ir.DataLayout dataLayout;
    public int stackSlot;
    public int returnSlot;

    FrameLayout(Function function) {
        this.function = function;
    }

    void recordSharedSlots() {
        Map<Integer, Integer> users = new HashMap<>();
        for (Integer slot : slots.values()) {
            users.merge(slot, 1, Integer::sum);
        }
        for (Map.Entry<Value, Integer> e : slots.entrySet()) {
            if (users.get(e.getValue()) > 1) {
                sharedSlotValues.add(e.getKey());
            }
        }
    }

    /**
     * Whether the slot of {@code v} holds v's value when the frame stopped at {@code point}: always
     * for a value with a slot of its own; for a shared slot only if v is the last value written
     * to it before the point, in the point's block (update points are block starts, where no
     * shared value is live).
     */
    public boolean holdsValueAt(Value v, String point) {
        if (!sharedSlotValues.contains(v)) {
            return true;
        }
        Instruction at = resumeInstructions.get(point);
        if (at == null || !(v instanceof Instruction)) {
            return false;
        }
        int slot = slots.get(v);
        for (dev.dsu.language.ir.BasicBlock b : function.blocks()) {
            int index = b.instructions.indexOf(at);
            if (index < 0) {
                continue;
            }
            for (int k = index - 1; k >= 0; k--) {
                Instruction i = b.instructions.get(k);
                Integer s = slots.get(i);
                if (s != null && s == slot) {
                    return i == v;
                }
            }
            return false;
        }
        return false;
    }
}
