package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Value;

/** The value operands an instruction reads (what liveness needs; blocks and metadata excluded). */
public final class Operands {
    private Operands() {
    }

    public static List<Value> of(Instruction i) {
        List<Value> r = new ArrayList<>(4);
        if (i instanceof Instruction.Binary b) {
            add(r, b.lhs, b.rhs);
        } else if (i instanceof Instruction.FNeg n) {
            add(r, n.operand);
        } else if (i instanceof Instruction.Cast c) {
            add(r, c.value);
        } else if (i instanceof Instruction.Compare c) {
            add(r, c.lhs, c.rhs);
        } else if (i instanceof Instruction.Select s) {
            add(r, s.condition, s.ifTrue, s.ifFalse);
        } else if (i instanceof Instruction.Alloca a) {
            add(r, a.count);
        } else if (i instanceof Instruction.Load l) {
            r.addAll(addressReads(l.pointer, l.ordering));
        } else if (i instanceof Instruction.Store s) {
            add(r, s.value);
            r.addAll(addressReads(s.pointer, s.ordering));
        } else if (i instanceof Instruction.GetElementPtr g) {
            add(r, g.base);
            r.addAll(Arrays.asList(g.indices));
        } else if (i instanceof Instruction.Call c) {
            add(r, c.callee);
            r.addAll(Arrays.asList(c.arguments));
        } else if (i instanceof Instruction.Phi p) {
            r.addAll(Arrays.asList(p.values));
        } else if (i instanceof Instruction.ExtractValue e) {
            add(r, e.aggregate);
        } else if (i instanceof Instruction.InsertValue e) {
            add(r, e.aggregate, e.value);
        } else if (i instanceof Instruction.ExtractElement e) {
            add(r, e.vector, e.index);
        } else if (i instanceof Instruction.InsertElement e) {
            add(r, e.vector, e.element, e.index);
        } else if (i instanceof Instruction.ShuffleVector s) {
            add(r, s.first, s.second);
        } else if (i instanceof Instruction.AtomicRMW a) {
            add(r, a.pointer, a.value);
        } else if (i instanceof Instruction.CmpXchg c) {
            add(r, c.pointer, c.expected, c.replacement);
        } else if (i instanceof Instruction.VaArg v) {
            add(r, v.vaList);
        } else if (i instanceof Instruction.Freeze f) {
            add(r, f.value);
        } else if (i instanceof Instruction.Ret ret) {
            add(r, ret.value);
        } else if (i instanceof Instruction.Br br) {
            add(r, br.condition);
        } else if (i instanceof Instruction.Switch sw) {
            add(r, sw.condition);
        } else if (i instanceof Instruction.IndirectBr ib) {
            add(r, ib.address);
        }
        return r;
    }

    /** A plain access reads its folded address (see {@link FoldedAddress}), an atomic one its pointer. */
    private static List<Value> addressReads(Value pointer, AtomicOrdering ordering) {
        return ordering == AtomicOrdering.NOT_ATOMIC ? FoldedAddress.reads(pointer) : List.of(pointer);
    }

    private static void add(List<Value> r, Value... values) {
        for (Value v : values) {
            if (v != null) {
                r.add(v);
            }
        }
    }
}
