package dev.dsu.language.translate;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Gives SSA values frame slots, sharing slots between values that are used only inside their
 * own block and are never live at the same time. Large functions otherwise get frames too big
 * for the compiler to keep in registers (escape analysis gives up on long frame arrays), which
 * makes every value access a memory access in compiled code.
 */
final class SlotAllocator {
    private SlotAllocator() {
    }

    static Map<Value, Integer> assign(Function function, FrameDescriptor.Builder frame, boolean shareSlots) {
        Map<Value, Integer> slots = new HashMap<>();
        Set<Value> blockLocal = shareSlots ? blockLocalValues(function) : Set.of();
        for (Argument a : function.arguments) {
            slots.put(a, frame.addSlot(FrameSlotKind.Static, a.getName(), null));
        }
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                if (producesValue(i) && !blockLocal.contains(i)) {
                    slots.put(i, frame.addSlot(FrameSlotKind.Static, i.getName(), null));
                }
            }
        }
        java.util.List<Integer> shared = new java.util.ArrayList<>();
        for (BasicBlock b : function.blocks()) {
            Map<Value, Integer> lastUse = new HashMap<>();
            for (int k = 0; k < b.instructions.size(); k++) {
                for (Value v : Operands.of(b.instructions.get(k))) {
                    if (blockLocal.contains(v)) {
                        lastUse.put(v, k);
                    }
                }
            }
            ArrayDeque<Integer> free = new ArrayDeque<>(shared);
            for (int k = 0; k < b.instructions.size(); k++) {
                Instruction i = b.instructions.get(k);
                for (Value v : Operands.of(i)) {
                    Integer last = lastUse.get(v);
                    if (last != null && last == k) {
                        free.push(slots.get(v));
                        lastUse.remove(v);
                    }
                }
                if (blockLocal.contains(i)) {
                    Integer slot = free.poll();
                    if (slot == null) {
                        slot = frame.addSlot(FrameSlotKind.Static, "<temp>", null);
                        shared.add(slot);
                    }
                    slots.put(i, slot);
                    if (!lastUse.containsKey(i)) {
                        free.push(slot);
                    }
                }
            }
        }
        return slots;
    }

    static boolean producesValue(Instruction i) {
        return i.getType() != Type.VOID && !(i.getType() instanceof Type.Simple);
    }

    /** Values defined by a non-phi instruction and read only by later instructions of the same block. */
    private static Set<Value> blockLocalValues(Function function) {
        Map<Value, BasicBlock> definedIn = new HashMap<>();
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                if (producesValue(i) && !(i instanceof Instruction.Phi)) {
                    definedIn.put(i, b);
                }
            }
        }
        Set<Value> local = new HashSet<>(definedIn.keySet());
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                for (Value v : Operands.of(i)) {
                    if (i instanceof Instruction.Phi || definedIn.get(v) != b && definedIn.containsKey(v)) {
                        local.remove(v);
                    }
                }
            }
        }
        return local;
    }
}
