package dev.dsu.language.update;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Value;
import dev.dsu.language.translate.Operands;
import dev.dsu.language.version.Dominators;

/**
 * Which SSA values the new code will read after resuming at a position without computing them
 * first: values whose definition dominates the position and that are used from there on. An
 * update that cannot give each of them a value must be refused rather than resume with zeros.
 */
final class ResumeLiveness {
    private final Function function;
    private final Dominators dominators;

    ResumeLiveness(Function function) {
        this.function = function;
        this.dominators = new Dominators(function);
    }

    /**
     * Values live into the position {@code (block, index)}: defined before it on every path
     * (their definition dominates it) and read on some path from it before being defined again.
     */
    Set<Value> liveIn(BasicBlock block, int index) {
        Set<Value> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                for (Value v : Operands.of(i)) {
                    if (dominates(v, block, index)) {
                        candidates.add(v);
                    }
                }
            }
        }
        Set<Value> live = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Value v : candidates) {
            if (readBeforeDefined(v, block, index)) {
                live.add(v);
            }
        }
        return live;
    }

    private boolean readBeforeDefined(Value v, BasicBlock start, int index) {
        Boolean inStart = scan(v, start.instructions.subList(index, start.instructions.size()));
        if (inStart != null) {
            return inStart;
        }
        Set<BasicBlock> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<BasicBlock> work = new ArrayDeque<>(Dominators.successors(start));
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            if (!seen.add(b)) {
                continue;
            }
            Boolean found = scan(v, b.instructions);
            if (found != null) {
                if (found) {
                    return true;
                }
                continue;
            }
            work.addAll(Dominators.successors(b));
        }
        return false;
    }

    /** TRUE: read first; FALSE: defined first; null: neither in these instructions. */
    private static Boolean scan(Value v, List<Instruction> instructions) {
        for (Instruction i : instructions) {
            if (Operands.of(i).contains(v)) {
                return Boolean.TRUE;
            }
            if (i == v) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private boolean dominates(Value v, BasicBlock block, int index) {
        if (v instanceof Argument) {
            return true;
        }
        if (!(v instanceof Instruction def)) {
            return false;
        }
        for (BasicBlock b : function.blocks()) {
            int at = b.instructions.indexOf(def);
            if (at >= 0) {
                return b == block ? at < index : dominators.dominates(b, block);
            }
        }
        return false;
    }
}
