package dev.dsu.language.translate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * A load or store address that is a chain of getelementptrs (through pointer bitcasts), folded
 * into the chain's root pointer plus a byte displacement. The access then finds its memory object
 * from the root: in a loop over {@code p[i]} the root {@code p} is the same every iteration, so
 * compiled code looks the object up once instead of once per element and per access.
 * <p>
 * An access with a folded address reads the root and the variable indices instead of the
 * pointer operand, and {@link Operands} says so, so that liveness keeps them in their slots.
 */
final class FoldedAddress {
    /** Deep enough for arrays of structs of arrays; longer chains keep their inner pointer. */
    private static final int MAX_CHAIN = 6;

    final Value root;
    final long constant;
    final List<Value> indices;
    final List<Long> scales;

    private FoldedAddress(Value root, long constant, List<Value> indices, List<Long> scales) {
        this.root = root;
        this.constant = constant;
        this.indices = indices;
        this.scales = scales;
    }

    /** The getelementptrs the address goes through, outermost first; empty if it is not one. */
    private static List<Instruction.GetElementPtr> chain(Value pointer) {
        List<Instruction.GetElementPtr> geps = new ArrayList<>();
        Value v = pointer;
        while (geps.size() < MAX_CHAIN) {
            if (v instanceof Instruction.Cast c && c.op == CastOp.BITCAST && c.value.getType() instanceof Type.PointerType) {
                v = c.value;
            } else if (v instanceof Instruction.GetElementPtr g && !(g.getType() instanceof Type.VectorType)) {
                geps.add(g);
                v = g.base;
            } else {
                break;
            }
        }
        return geps;
    }

    private static boolean isPointerStep(Instruction i) {
        return i instanceof Instruction.GetElementPtr g && !(g.getType() instanceof Type.VectorType)
                        || i instanceof Instruction.Cast c && c.op == CastOp.BITCAST && c.value.getType() instanceof Type.PointerType;
    }

    /**
     * The getelementptrs and pointer bitcasts of {@code function} whose value nothing reads once
     * accesses use folded addresses: computing them (and writing their slots) would only cost
     * the interpreter time. Both are pure, so leaving them out changes nothing else.
     */
    static Set<Instruction> unreadPointers(Function function) {
        Map<Value, Integer> readers = new HashMap<>();
        List<Instruction> steps = new ArrayList<>();
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                for (Value v : Operands.of(i)) {
                    readers.merge(v, 1, Integer::sum);
                }
                if (isPointerStep(i)) {
                    steps.add(i);
                }
            }
        }
        Set<Instruction> unread = new HashSet<>();
        ArrayDeque<Instruction> work = new ArrayDeque<>(steps);
        while (!work.isEmpty()) {
            Instruction i = work.poll();
            if (readers.getOrDefault(i, 0) > 0 || !unread.add(i)) {
                continue;
            }
            for (Value v : Operands.of(i)) {
                readers.merge(v, -1, Integer::sum);
                if (v instanceof Instruction inner && isPointerStep(inner)) {
                    work.add(inner);
                }
            }
        }
        return unread;
    }

    /** The values an access at {@code pointer} reads: the root and variable indices, or the pointer itself. */
    static List<Value> reads(Value pointer) {
        List<Instruction.GetElementPtr> geps = chain(pointer);
        List<Value> r = new ArrayList<>(4);
        if (geps.isEmpty()) {
            r.add(pointer);
            return r;
        }
        r.add(geps.get(geps.size() - 1).base);
        for (Instruction.GetElementPtr g : geps) {
            for (Value idx : g.indices) {
                if (!(idx instanceof Constant.Int)) {
                    r.add(IndexTerm.of(idx).variable());
                }
            }
        }
        return r;
    }

    /** The folded form, or null if {@code pointer} is not computed by a getelementptr. */
    static FoldedAddress of(Value pointer, DataLayout layout, String function) {
        List<Instruction.GetElementPtr> geps = chain(pointer);
        if (geps.isEmpty()) {
            return null;
        }
        long constant = 0;
        List<Value> indices = new ArrayList<>();
        List<Long> scales = new ArrayList<>();
        for (Instruction.GetElementPtr g : geps) {
            constant += terms(g, layout, function, indices, scales, true);
        }
        return new FoldedAddress(geps.get(geps.size() - 1).base, constant, indices, scales);
    }

    /**
     * The byte offset of one getelementptr from its base: adds its variable indices and their
     * scales to the lists and returns the constant part. With {@code splitIndices}, an index that
     * is a value plus a constant (see {@link IndexTerm}) adds the value and moves the constant
     * into the returned part; only for folded accesses, whose reads {@link #reads} lists the same way.
     */
    static long terms(Instruction.GetElementPtr g, DataLayout layout, String function, List<Value> indices, List<Long> scales, boolean splitIndices) {
        long constant = 0;
        Type current = g.sourceElementType;
        for (int k = 0; k < g.indices.length; k++) {
            Value idx = g.indices[k];
            if (k > 0 && current instanceof Type.StructType s) {
                int field = (int) ((Constant.Int) idx).value;
                constant += layout.fieldOffset(s, field);
                current = s.fields()[field];
                continue;
            }
            Type stepped = GepIndexing.steppedType(current, k);
            if (stepped == null) {
                throw new IrReadException("getelementptr into " + current + " in " + function);
            }
            current = stepped;
            long scale = layout.sizeOf(current);
            if (idx instanceof Constant.Int ci) {
                constant += ci.value * scale;
            } else {
                IndexTerm term = splitIndices ? IndexTerm.of(idx) : new IndexTerm(idx, 0);
                constant += term.constant() * scale;
                indices.add(term.variable());
                scales.add(scale);
            }
        }
        return constant;
    }
}
