package dev.dsu.language.version;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Value;

/**
 * Names the continuation points of a function by what they are: "entry", "loop#K" for the K-th
 * loop head (the target of a back-edge) in block order, "call F#K" for the K-th call to F ("call *#K" through a pointer).
 * The translator and the version describer both use it, so the points an update unrolls
 * through are the points `dsu diff` pairs.
 */
public final class ContinuationLabels {
    /** Update points: the entry block and every loop head. */
    public final Map<BasicBlock, String> updatePoints = new LinkedHashMap<>();
    public final Map<Instruction.Call, String> callSites = new IdentityHashMap<>();

    public ContinuationLabels(Function f) {
        if (!f.blocks().isEmpty()) {
            updatePoints.put(f.blocks().get(0), "entry");
        }
        Map<String, Integer> callCounts = new HashMap<>();
        int loops = 0;
        Dominators dominators = new Dominators(f);
        for (BasicBlock b : f.blocks()) {
            if (b.index > 0 && dominators.isLoopHead(b)) {
                loops++;
                updatePoints.put(b, "loop#" + loops);
            }
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Call c) {
                    String callee = calleeName(c);
                    if (!callee.startsWith("llvm.")) {
                        callSites.put(c, "call " + callee + "#" + callCounts.merge(callee, 1, Integer::sum));
                    }
                }
            }
        }
    }

    public static String calleeName(Instruction.Call c) {
        Value target = c.callee;
        while (target instanceof Constant.Cast cast) {
            target = cast.value;
        }
        return target instanceof Function fn && fn.getName() != null ? fn.getName() : "*";
    }
}
