package dev.dsu.language.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.ModulePrinter;
import dev.dsu.language.ir.Value;
import dev.dsu.language.translate.FrameLayout;
import dev.dsu.language.translate.TypeMapping;
import dev.dsu.language.version.ContinuationLabels;
import dev.dsu.language.version.VersionDescriber;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.nodes.memory.StackAllocations;
import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.runtime.transform.StateTransformer;
import dev.dsu.runtime.version.CType;
import dev.dsu.runtime.version.PatchSpec;

/**
 * Maps a saved frame of the old version of a function onto a frame of the new version: kept
 * verbatim when the code is unchanged, otherwise source variables by name (their stack objects
 * keep their identity, transformed in place when the variable's type changed); new locals get
 * fresh zeroed stack objects.
 */
final class FrameMapper {
    /** A stack object whose contents change type at commit. */
    record StackTransform(MemoryObject object, byte[] newData) {
    }

    private final Heap heap;
    private final PatchSpec spec;
    /** Null when rebuilding frames in their own version (a refused update): nothing is transformed. */
    private final UserTransformers user;
    final List<StackTransform> stackTransforms = new ArrayList<>();
    int changedFrames;

    FrameMapper(Heap heap, PatchSpec spec, UserTransformers user) {
        this.heap = heap;
        this.spec = spec;
        this.user = user;
    }

    UpdateHook.RestoredFrame map(FrameLayout from, FrameLayout to, String stoppedAt, String point, MaterializedFrame frame) throws UpdateRefused {
        int[] resume;
        if (point.equals("leave-loop")) {
            resume = to.loopExits.get(stoppedAt);
            if (resume == null) {
                throw new UpdateRefused("'leave-loop' for " + to.function.getName() + " at '" + stoppedAt + "': the frame is not stopped at a loop head of the new version");
            }
            if (!to.function.getAttributes().optimizeNone) {
                // optimised code after a loop may rely on how the loop ended (a counter's final
                // value folded into a constant): leaving it early would run on a false premise
                throw new UpdateRefused("'leave-loop' for " + to.function.getName() + " at '" + stoppedAt + "': the new version of " + to.function.getName()
                                + " is optimised, and code after a loop may rely on the loop having ended by itself; build with -O0");
            }
            Object[] values = newFrame(from, to, frame);
            mapChanged(from, to, stoppedAt, frame, values);
            requireLiveAtBlockStart(to, "leaving the loop at '" + stoppedAt + "'", to.loopExitBlocks.get(stoppedAt), values);
            zeroUnmapped(to, values);
            return new UpdateHook.RestoredFrame(values, resume[0], resume[1]);
        }
        resume = to.resumePoints.get(point);
        if (resume == null) {
            throw new UpdateRefused("function " + to.function.getName() + " is stopped at '" + point + "', which the new version does not have");
        }
        Object[] values = newFrame(from, to, frame);
        if (from.function.getName().equals(to.function.getName()) && ModulePrinter.printCode(from.function).equals(ModulePrinter.printCode(to.function))) {
            copyVerbatim(from, stoppedAt, frame, values);
        } else {
            mapChanged(from, to, stoppedAt, frame, values);
            mapCallResults(from, to, stoppedAt, frame, values);
            requireLiveValuesMapped(to, point, values);
            zeroUnmapped(to, values);
            int[] recompute = to.recomputePoints.get(point);
            if (recompute != null) {
                resume = recompute;
            }
        }
        return new UpdateHook.RestoredFrame(values, resume[0], resume[1]);
    }

    /** The new frame's slots, empty but for the stack objects, which keep their identity. */
    private static Object[] newFrame(FrameLayout from, FrameLayout to, MaterializedFrame frame) {
        Object[] values = new Object[to.slotCount];
        Object stack = frame.getObjectStatic(from.stackSlot);
        values[to.stackSlot] = stack instanceof StackAllocations s ? s : new StackAllocations();
        return values;
    }

    private void mapChanged(FrameLayout from, FrameLayout to, String stoppedAt, MaterializedFrame frame, Object[] values) throws UpdateRefused {
        changedFrames++;
        mapByName(from, to, stoppedAt, frame, values, (StackAllocations) values[to.stackSlot]);
        mapParameters(from, to, stoppedAt, frame, values);
    }

    /**
     * Whether the old frame still has {@code v} at {@code point}. Compiled code forgets values no
     * later instruction reads (ClearSlotsNode), so a value the old code no longer needed is not
     * there to map, even if the new code would want it: only values live at the point count
     * (and stack objects, whose pointers are never forgotten).
     */
    private boolean available(FrameLayout from, Value v, String point) {
        if (!from.holdsValueAt(v, point)) {
            return false;
        }
        if (v instanceof Instruction.Alloca) {
            return true;
        }
        return liveAt(from, point).contains(v);
    }

    private final Map<String, java.util.Set<Value>> liveness = new java.util.HashMap<>();

    private java.util.Set<Value> liveAt(FrameLayout layout, String point) {
        return liveness.computeIfAbsent(layout.function.getName() + " " + point, k -> {
            Position p = position(layout, point);
            if (p == null) {
                return java.util.Set.of();
            }
            // an update point is at the top of its block: its phis hold their incoming values (in their shadow slots)
            return new ResumeLiveness(layout.function).liveIn(p.block(), p.call() ? p.index() : phiCount(p.block()));
        });
    }

    /** Where a continuation point is in the IR: a call's block and index, or an update point's block. */
    private record Position(dev.dsu.language.ir.BasicBlock block, int index, boolean call) {
    }

    private static Position position(FrameLayout layout, String point) {
        Instruction call = layout.resumeInstructions.get(point);
        if (call != null) {
            for (dev.dsu.language.ir.BasicBlock b : layout.function.blocks()) {
                int at = b.instructions.indexOf(call);
                if (at >= 0) {
                    return new Position(b, at, true);
                }
            }
            return null;
        }
        for (Map.Entry<dev.dsu.language.ir.BasicBlock, String> e : new ContinuationLabels(layout.function).updatePoints.entrySet()) {
            if (e.getValue().equals(point)) {
                return new Position(e.getKey(), 0, false);
            }
        }
        return null;
    }

    private static int phiCount(dev.dsu.language.ir.BasicBlock block) {
        int n = 0;
        while (n < block.instructions.size() && block.instructions.get(n) instanceof Instruction.Phi) {
            n++;
        }
        return n;
    }

    /** Same code, same translation: every slot means the same thing. */
    private static void copyVerbatim(FrameLayout from, String stoppedAt, MaterializedFrame frame, Object[] values) {
        for (Map.Entry<Value, Integer> e : from.slots.entrySet()) {
            if (from.holdsValueAt(e.getKey(), stoppedAt)) {
                values[e.getValue()] = read(frame, e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<Instruction.Phi, Integer> e : from.shadowSlots.entrySet()) {
            values[e.getValue()] = read(frame, e.getKey(), e.getValue());
        }
    }

    /**
     * Results of calls the frame already made ("call f#K" pairs with the new version's
     * "call f#K"): a call cannot be made again, so its result is carried over.
     */
    private void mapCallResults(FrameLayout from, FrameLayout to, String stoppedAt, MaterializedFrame frame, Object[] values) {
        Map<String, Instruction.Call> oldCalls = new java.util.HashMap<>();
        ContinuationLabels oldLabels = new ContinuationLabels(from.function);
        oldLabels.callSites.forEach((call, label) -> oldCalls.put(label, call));
        new ContinuationLabels(to.function).callSites.forEach((call, label) -> {
            Instruction.Call old = oldCalls.get(label);
            Integer oldSlot = old == null ? null : from.slots.get(old);
            Integer newSlot = to.slots.get(call);
            if (oldSlot != null && newSlot != null && values[newSlot] == null && TypeMapping.kindOf(old.getType()) == TypeMapping.kindOf(call.getType())
                            && available(from, old, stoppedAt)) {
                values[newSlot] = read(frame, old, oldSlot);
            }
        });
    }

    /**
     * Changed, optimised code keeps values in SSA registers that have no source name; if the new
     * code would read such a value that nothing mapped, resuming would run on a made-up zero:
     * the update is refused instead.
     */
    private static void requireLiveValuesMapped(FrameLayout to, String point, Object[] values) throws UpdateRefused {
        Position p = position(to, point);
        if (p == null) {
            return;
        }
        if (!p.call()) {
            requireLiveAtBlockStart(to, "stopped at '" + point + "'", p.block(), values);
            return;
        }
        java.util.List<Instruction> code = p.block().instructions;
        int index = p.index();
        // the statements after the last effect are computed again
        while (index > 0 && !dev.dsu.language.translate.FunctionTranslator.hasEffect(code.get(index - 1)) && !(code.get(index - 1) instanceof Instruction.Phi)) {
            index--;
        }
        for (Value v : new ResumeLiveness(to.function).liveIn(p.block(), index)) {
            Integer slot = to.slots.get(v);
            if (slot != null && values[slot] == null && !(v instanceof Instruction.Alloca)) {
                throw unmappable(to, "stopped at '" + point + "'", v);
            }
        }
    }

    /**
     * Resuming at the top of a block (an update point, a loop's exit): its phis take their values
     * from shadow slots that only a mapped variable can fill, then the block reads what is live.
     */
    private static void requireLiveAtBlockStart(FrameLayout to, String where, dev.dsu.language.ir.BasicBlock block, Object[] values) throws UpdateRefused {
        int index = 0;
        for (Instruction i : block.instructions) {
            if (i instanceof Instruction.Phi phi) {
                Integer shadow = to.shadowSlots.get(phi);
                if (shadow != null && values[shadow] == null) {
                    throw unmappable(to, where, phi);
                }
                index++;
            }
        }
        for (Value v : new ResumeLiveness(to.function).liveIn(block, index)) {
            Integer slot = to.slots.get(v);
            if (slot != null && values[slot] == null && !(v instanceof Instruction.Alloca)) {
                throw unmappable(to, where, v);
            }
        }
    }

    private static UpdateRefused unmappable(FrameLayout to, String where, Value v) {
        String what = null;
        for (Map.Entry<String, Value> e : to.namedValues.entrySet()) {
            if (e.getValue() == v) {
                what = "variable " + e.getKey();
            }
        }
        return new UpdateRefused("the frame of " + to.function.getName() + " " + where + " cannot be mapped: the changed code needs "
                        + (what != null ? what : "a value with no source variable of its own (" + ModulePrinter.describeValue(v)
                                        + "; the optimiser made it, perhaps from a variable or a piece of one)")
                        + ", which the old frame cannot provide (optimised code keeps it in a register); build with -O0, or leave " + to.function.getName()
                        + " unchanged");
    }

    /** Values nothing maps start as zero, like new locals (and never as stale slot contents). */
    private static void zeroUnmapped(FrameLayout to, Object[] values) {
        for (Map.Entry<Value, Integer> e : to.slots.entrySet()) {
            if (values[e.getValue()] == null) {
                values[e.getValue()] = zero(TypeMapping.kindOf(e.getKey().getType()));
            }
        }
        for (Map.Entry<Instruction.Phi, Integer> e : to.shadowSlots.entrySet()) {
            if (values[e.getValue()] == null) {
                values[e.getValue()] = zero(TypeMapping.kindOf(e.getKey().getType()));
            }
        }
    }

    private static Object zero(dev.dsu.nodes.ValueKind kind) {
        return switch (kind) {
            case LONG -> 0L;
            case DOUBLE -> 0.0;
            case FLOAT -> 0.0f;
            case OBJECT -> null;
        };
    }

    /**
     * Parameters keep their position (and their values where the kind of value is unchanged); a
     * frame that moves into another function keeps only parameters of the same name.
     */
    private void mapParameters(FrameLayout from, FrameLayout to, String stoppedAt, MaterializedFrame frame, Object[] values) {
        boolean sameFunction = from.function.getName().equals(to.function.getName());
        int n = Math.min(from.function.arguments.size(), to.function.arguments.size());
        for (int k = 0; k < n; k++) {
            Value old = from.function.arguments.get(k);
            Value neu = to.function.arguments.get(k);
            if (!sameFunction && !java.util.Objects.equals(old.getName(), neu.getName())) {
                continue;
            }
            Integer oldSlot = from.slots.get(old);
            Integer newSlot = to.slots.get(neu);
            if (oldSlot != null && newSlot != null && TypeMapping.kindOf(old.getType()) == TypeMapping.kindOf(neu.getType()) && available(from, old, stoppedAt)) {
                values[newSlot] = read(frame, old, oldSlot);
            }
        }
    }

    private void mapByName(FrameLayout from, FrameLayout to, String stoppedAt, MaterializedFrame frame, Object[] values, StackAllocations allocations)
                    throws UpdateRefused {
        for (Map.Entry<String, Value> e : to.namedValues.entrySet()) {
            Value neu = e.getValue();
            Value old = from.namedValues.get(e.getKey());
            Integer newSlot = to.slots.get(neu);
            String transformer = user == null ? null : spec.localTransformer(to.function.getName(), e.getKey());
            if (transformer != null) {
                if (newSlot != null) {
                    values[newSlot] = transformLocalByUser(from, to, stoppedAt, frame, e.getKey(), old, neu, transformer, allocations);
                }
                continue;
            }
            if (newSlot != null && !(neu instanceof Instruction.Alloca) && spec.zeroLocal(to.function.getName(), e.getKey())) {
                // the user's decision: a register value starts at zero (and counts as mapped)
                values[newSlot] = zero(TypeMapping.kindOf(neu.getType()));
                continue;
            }
            if (old == null || newSlot == null || !from.slots.containsKey(old) || spec.zeroLocal(to.function.getName(), e.getKey())
                            || !available(from, old, stoppedAt)) {
                continue;
            }
            if (neu instanceof Instruction.Alloca != old instanceof Instruction.Alloca) {
                continue;
            }
            Object value = read(frame, old, from.slots.get(old));
            if (neu instanceof Instruction.Alloca) {
                transformStackObject((Long) value, from.variables.get(e.getKey()), to.variables.get(e.getKey()), e.getKey(), to.function.getName());
            } else if (TypeMapping.kindOf(old.getType()) != TypeMapping.kindOf(neu.getType())) {
                continue;
            }
            values[newSlot] = value;
            if (neu instanceof Instruction.Phi newPhi && old instanceof Instruction.Phi oldPhi && from.shadowSlots.containsKey(oldPhi)
                            && to.shadowSlots.containsKey(newPhi)) {
                // a loop head resumes by copying the phi's incoming value from its shadow slot
                values[to.shadowSlots.get(newPhi)] = read(frame, oldPhi, from.shadowSlots.get(oldPhi));
            }
        }
        // locals the old frame did not have: their allocas ran at entry, which is not re-run
        for (Map.Entry<Value, Integer> e : to.slots.entrySet()) {
            if (e.getKey() instanceof Instruction.Alloca a && values[e.getValue()] == null) {
                long size = to.dataLayout.sizeOf(a.allocatedType);
                long pointer = heap.allocateStack(size, a.getName());
                allocations.add(pointer);
                values[e.getValue()] = pointer;
            }
        }
    }

    /**
     * A local set by the user's transformer: it writes the new contents from the old variable's
     * (or from nothing, for a new local). The old stack object keeps its identity.
     */
    private Object transformLocalByUser(FrameLayout from, FrameLayout to, String stoppedAt, MaterializedFrame frame, String name, Value old, Value neu,
                    String transformer, StackAllocations allocations) throws UpdateRefused {
        String what = "local " + name + " of " + to.function.getName();
        if (!(neu instanceof Instruction.Alloca a)) {
            throw new UpdateRefused("the transformer " + transformer + " for " + what + " needs the variable in memory, but the optimised new version keeps it in a register; build with -O0");
        }
        long size = to.dataLayout.sizeOf(a.allocatedType);
        Long oldPointer = null;
        if (old instanceof Instruction.Alloca && from.slots.containsKey(old) && available(from, old, stoppedAt)) {
            oldPointer = (Long) read(frame, old, from.slots.get(old));
        } else if (old != null) {
            throw new UpdateRefused("the transformer " + transformer + " for " + what + " needs the old variable in memory, but the optimised old version keeps it in a register");
        }
        if (oldPointer == null) {
            long pointer = heap.allocateStack(size, a.getName());
            allocations.add(pointer);
            heap.writeBytes(pointer, user.run(transformer, null, size, what), 0, (int) size, null);
            return pointer;
        }
        MemoryObject o = heap.objectOrNull(oldPointer);
        if (o == null || Heap.offset(oldPointer) != 0) {
            throw new UpdateRefused(what + " is not a whole stack object");
        }
        stackTransforms.add(new StackTransform(o, user.run(transformer, o.data(), size, what)));
        return oldPointer;
    }

    private void transformStackObject(long pointer, Metadata oldVariable, Metadata newVariable, String name, String function) throws UpdateRefused {
        if (!(oldVariable instanceof Metadata.DILocalVariable ov) || !(newVariable instanceof Metadata.DILocalVariable nv)) {
            return;
        }
        CType from = VersionDescriber.typeOf(ov.type);
        CType to = VersionDescriber.typeOf(nv.type);
        if (from == null || to == null || from.describe().equals(to.describe()) && from.sizeInBits() == to.sizeInBits()) {
            return;
        }
        MemoryObject o = heap.objectOrNull(pointer);
        if (o == null || Heap.offset(pointer) != 0) {
            throw new UpdateRefused("local " + name + " of " + function + " is not a whole stack object");
        }
        try {
            stackTransforms.add(new StackTransform(o, StateTransformer.transform(o.data(), from, to, user == null ? StateTransformer.TypeTransformers.NONE : user)));
        } catch (StateTransformer.NotTransformable e) {
            throw new UpdateRefused("local " + name + " of " + function + ": " + e.getMessage());
        }
    }

    static Object read(MaterializedFrame frame, Value v, int slot) {
        return switch (TypeMapping.kindOf(v.getType())) {
            case LONG -> frame.getLongStatic(slot);
            case DOUBLE -> frame.getDoubleStatic(slot);
            case FLOAT -> frame.getFloatStatic(slot);
            case OBJECT -> frame.getObjectStatic(slot);
        };
    }
}
