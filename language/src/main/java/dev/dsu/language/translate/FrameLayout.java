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
    public int slotCount;
    public dev.dsu.language.ir.DataLayout dataLayout;
    public int stackSlot;
    public int returnSlot;

    FrameLayout(Function function) {
        this.function = function;
    }
}
