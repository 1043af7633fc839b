package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Value;
import dev.dsu.language.version.Dominators;

/**
 * Classic backward liveness of the SSA values that have frame slots, per IR block. A phi's
 * incoming value counts as read at the end of its predecessor (the predecessor's terminator
 * copies it into the phi's shadow slot), not in the phi's block.
 */
final class SlotLiveness {
    final List<Set<Value>> liveIn = new ArrayList<>();
    final List<Set<Value>> liveOut = new ArrayList<>();
    final List<Set<Value>> defined = new ArrayList<>();

    SlotLiveness(Function function, Map<Value, Integer> slots) {
        int n = function.blocks().size();
        List<Set<Value>> uses = new ArrayList<>();
        for (BasicBlock b : function.blocks()) {
            Set<Value> use = new HashSet<>();
            Set<Value> def = new HashSet<>();
            for (Instruction i : b.instructions) {
                if (!(i instanceof Instruction.Phi)) {
                    for (Value v : Operands.of(i)) {
                        if (slots.containsKey(v) && !def.contains(v)) {
                            use.add(v);
                        }
                    }
                }
                if (slots.containsKey(i)) {
                    def.add(i);
                }
            }
            for (BasicBlock s : Dominators.successors(b)) {
                for (Instruction i : s.instructions) {
                    if (i instanceof Instruction.Phi phi) {
                        for (int k = 0; k < phi.blocks.length; k++) {
                            Value v = phi.values[k];
                            if (phi.blocks[k] == b && slots.containsKey(v) && !def.contains(v)) {
                                use.add(v);
                            }
                        }
                    }
                }
            }
            uses.add(use);
            defined.add(def);
            liveIn.add(new HashSet<>(use));
            liveOut.add(new HashSet<>());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = n - 1; k >= 0; k--) {
                BasicBlock b = function.blocks().get(k);
                Set<Value> out = liveOut.get(k);
                for (BasicBlock s : Dominators.successors(b)) {
                    out.addAll(liveIn.get(s.index));
                }
                Set<Value> in = liveIn.get(k);
                for (Value v : out) {
                    if (!defined.get(k).contains(v) && in.add(v)) {
                        changed = true;
                    }
                }
            }
        }
    }
}
