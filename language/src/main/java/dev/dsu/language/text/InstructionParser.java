package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.CmpPredicate;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** One instruction (after the optional {@code %name =}), up to but excluding metadata attachments. */
final class InstructionParser {
    private final ReaderState state;
    private final FunctionBody locals;
    private final Cursor c;
    private final CallParser calls;

    InstructionParser(ReaderState state, FunctionBody locals) {
        this.state = state;
        this.locals = locals;
        this.c = state.cursor;
        this.calls = new CallParser(state, locals);
    }

    private Type type() {
        return state.types.parse();
    }

    private Value typedValue() {
        return state.constants.typedValue(locals);
    }

    private Value value(Type t) {
        return state.constants.value(t, locals);
    }

    private BasicBlock label() {
        c.expectKeyword("label");
        Token t = c.expect(Token.Kind.LOCAL_ID, "a block name");
        return locals.block(t.text(), t);
    }

    /** {@code , align N} if present. */
    private int optionalAlign() {
        if (c.peek().isPunct(",") && c.peek(1).isKeyword("align")) {
            c.next();
            c.next();
            return (int) c.integer("an alignment");
        }
        return 0;
    }

    Instruction parse() {
        Token t = c.peek();
        if (t.kind() == Token.Kind.HASH_NAME) {
            return calls.debugRecord();
        }
        if (t.kind() != Token.Kind.KEYWORD) {
            throw c.error("expected an instruction");
        }
        String op = t.text();
        if (op.equals("tail") || op.equals("musttail") || op.equals("notail") || op.equals("call")) {
            return calls.call();
        }
        c.next();
        BinOp bin = Opcodes.binary(op);
        if (bin != null) {
            int flags = Opcodes.skipFlags(c);
            Type ty = type();
            Value a = value(ty);
            c.expectPunct(",");
            Value b = value(ty);
            return new Instruction.Binary(ty, bin, a, b, flags);
        }
        CastOp cast = Opcodes.cast(op);
        if (cast != null) {
            Opcodes.skipFlags(c);
            Value v = typedValue();
            c.expectKeyword("to");
            return new Instruction.Cast(type(), cast, v);
        }
        switch (op) {
            case "fneg": {
                Opcodes.skipFlags(c);
                Type ty = type();
                return new Instruction.FNeg(ty, value(ty));
            }
            case "icmp":
            case "fcmp": {
                Opcodes.skipFlags(c);
                CmpPredicate p = Predicates.parse(c, op.equals("fcmp"));
                Type ty = type();
                Value a = value(ty);
                c.expectPunct(",");
                Value b = value(ty);
                return new Instruction.Compare(Predicates.resultType(ty), p, a, b);
            }
            case "select": {
                Opcodes.skipFlags(c);
                Value cond = typedValue();
                c.expectPunct(",");
                Value a = typedValue();
                c.expectPunct(",");
                Value b = typedValue();
                return new Instruction.Select(a.getType(), cond, a, b);
            }
            case "alloca":
                return alloca();
            case "load":
                return load();
            case "store":
                return store();
            case "getelementptr":
                return gep();
            case "phi":
                return phi();
            case "extractvalue": {
                Value agg = typedValue();
                int[] idx = indexList();
                Type r = agg.getType();
                for (int i : idx) {
                    r = TypeParser.indexInto(r, i);
                    if (r == null) {
                        throw c.error("invalid extractvalue index");
                    }
                }
                return new Instruction.ExtractValue(r, agg, idx);
            }
            case "insertvalue": {
                Value agg = typedValue();
                c.expectPunct(",");
                Value v = typedValue();
                return new Instruction.InsertValue(agg.getType(), agg, v, indexList());
            }
            case "extractelement": {
                Value vec = typedValue();
                c.expectPunct(",");
                Value idx = typedValue();
                Type et = vec.getType() instanceof Type.VectorType vt ? vt.element : null;
                if (et == null) {
                    throw c.error("extractelement needs a vector");
                }
                return new Instruction.ExtractElement(et, vec, idx);
            }
            case "insertelement": {
                Value vec = typedValue();
                c.expectPunct(",");
                Value e = typedValue();
                c.expectPunct(",");
                Value idx = typedValue();
                return new Instruction.InsertElement(vec.getType(), vec, e, idx);
            }
            case "shufflevector":
                return shuffle();
            case "atomicrmw":
                return atomicRmw();
            case "cmpxchg":
                return cmpxchg();
            case "fence":
                return new Instruction.Fence(Opcodes.expectOrdering(c));
            case "va_arg": {
                Value list = typedValue();
                c.expectPunct(",");
                return new Instruction.VaArg(type(), list);
            }
            case "freeze": {
                Value v = typedValue();
                return new Instruction.Freeze(v.getType(), v);
            }
            case "ret":
                if (c.acceptKeyword("void")) {
                    return new Instruction.Ret(null);
                }
                return new Instruction.Ret(typedValue());
            case "br": {
                if (c.peek().isKeyword("label")) {
                    return new Instruction.Br(null, label(), null);
                }
                Value cond = typedValue();
                c.expectPunct(",");
                BasicBlock a = label();
                c.expectPunct(",");
                BasicBlock b = label();
                return new Instruction.Br(cond, a, b);
            }
            case "switch":
                return switchInst();
            case "indirectbr": {
                Value addr = typedValue();
                c.expectPunct(",");
                c.expectPunct("[");
                List<BasicBlock> dests = new ArrayList<>();
                if (!c.acceptPunct("]")) {
                    do {
                        dests.add(label());
                    } while (c.acceptPunct(","));
                    c.expectPunct("]");
                }
                return new Instruction.IndirectBr(addr, dests.toArray(new BasicBlock[0]));
            }
            case "unreachable":
                return new Instruction.Unreachable();
            default:
                throw c.errorAt(t, "unknown or unsupported instruction '" + op + "'");
        }
    }

    private int[] indexList() {
        List<Integer> idx = new ArrayList<>();
        while (c.peek().isPunct(",") && c.peek(1).kind() == Token.Kind.INTEGER) {
            c.next();
            idx.add((int) c.integer("an index"));
        }
        if (idx.isEmpty()) {
            throw c.error("expected ', <index>'");
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    private Instruction alloca() {
        c.acceptKeyword("inalloca");
        c.acceptKeyword("swifterror");
        Type ty = type();
        Value count = null;
        int align = 0;
        int as = 0;
        while (c.peek().isPunct(",")) {
            Token n = c.peek(1);
            if (n.isKeyword("align")) {
                c.next();
                c.next();
                align = (int) c.integer("an alignment");
            } else if (n.isKeyword("addrspace")) {
                c.next();
                as = state.types.addrSpace();
            } else if (n.kind() == Token.Kind.METADATA_ID) {
                break;
            } else {
                c.next();
                count = typedValue();
            }
        }
        if (count == null) {
            count = new Constant.Int(Type.I32, 1); // LLVM's implicit array size
        }
        return new Instruction.Alloca(state.pointerTo(ty, as), ty, count, align);
    }

    private Instruction load() {
        boolean atomic = c.acceptKeyword("atomic");
        boolean isVolatile = c.acceptKeyword("volatile");
        Type ty = type();
        c.expectPunct(",");
        Value p = typedValue();
        AtomicOrdering o = atomic ? Opcodes.expectOrdering(c) : AtomicOrdering.NOT_ATOMIC;
        return new Instruction.Load(ty, p, optionalAlign(), isVolatile, o);
    }

    private Instruction store() {
        boolean atomic = c.acceptKeyword("atomic");
        boolean isVolatile = c.acceptKeyword("volatile");
        Value v = typedValue();
        c.expectPunct(",");
        Value p = typedValue();
        AtomicOrdering o = atomic ? Opcodes.expectOrdering(c) : AtomicOrdering.NOT_ATOMIC;
        return new Instruction.Store(v, p, optionalAlign(), isVolatile, o);
    }

    private Instruction gep() {
        boolean inBounds = false;
        while (c.peek().kind() == Token.Kind.KEYWORD) {
            String f = c.peek().text();
            if (f.equals("inbounds")) {
                inBounds = true;
            } else if (f.equals("inrange") && c.peek(1).isPunct("(")) {
                c.next();
                c.skipGroup();
                continue;
            } else if (!f.equals("nuw") && !f.equals("nusw")) {
                break;
            }
            c.next();
        }
        Type source = type();
        c.expectPunct(",");
        Value base = typedValue();
        List<Value> idx = new ArrayList<>();
        while (c.peek().isPunct(",") && c.peek(1).kind() != Token.Kind.METADATA_ID) {
            c.next();
            idx.add(typedValue());
        }
        Value[] indices = idx.toArray(new Value[0]);
        Type result = base.getType() instanceof Type.VectorType ? base.getType() : state.constants.gepResultType(source, base.getType(), indices);
        return new Instruction.GetElementPtr(result, source, base, indices, inBounds);
    }

    private Instruction phi() {
        Opcodes.skipFlags(c);
        Type ty = type();
        List<Value> vals = new ArrayList<>();
        List<BasicBlock> preds = new ArrayList<>();
        do {
            c.expectPunct("[");
            vals.add(value(ty));
            c.expectPunct(",");
            Token b = c.expect(Token.Kind.LOCAL_ID, "a predecessor block");
            preds.add(locals.block(b.text(), b));
            c.expectPunct("]");
        } while (c.peek().isPunct(",") && c.peek(1).isPunct("[") && c.next() != null);
        return new Instruction.Phi(ty, vals.toArray(new Value[0]), preds.toArray(new BasicBlock[0]));
    }

    private Instruction shuffle() {
        Value a = typedValue();
        c.expectPunct(",");
        Value b = typedValue();
        c.expectPunct(",");
        Token maskStart = c.peek();
        Value mask = typedValue();
        int n = mask.getType() instanceof Type.VectorType mv ? mv.length : -1;
        if (n < 0) {
            throw c.errorAt(maskStart, "shufflevector mask must be a vector");
        }
        int[] m = new int[n];
        if (mask instanceof Constant.Zero) {
            // all zero
        } else if (mask instanceof Constant.Undef) {
            java.util.Arrays.fill(m, -1);
        } else if (mask instanceof Constant.Data d) {
            for (int i = 0; i < n; i++) {
                m[i] = (int) d.elements[i];
            }
        } else if (mask instanceof Constant.Aggregate ag) {
            for (int i = 0; i < n; i++) {
                m[i] = ag.elements[i] instanceof Constant.Int ci ? (int) ci.value : -1;
            }
        } else {
            throw c.errorAt(maskStart, "shufflevector mask must be a constant vector");
        }
        Type elem = ((Type.VectorType) a.getType()).element;
        return new Instruction.ShuffleVector(new Type.VectorType(elem, n), a, b, m);
    }

    private Instruction atomicRmw() {
        c.acceptKeyword("volatile");
        Token opTok = c.expect(Token.Kind.KEYWORD, "an atomicrmw operation");
        Instruction.AtomicRMW.Op op;
        try {
            op = Instruction.AtomicRMW.Op.valueOf(opTok.text().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw c.errorAt(opTok, "unknown atomicrmw operation");
        }
        Value p = typedValue();
        c.expectPunct(",");
        Value v = typedValue();
        AtomicOrdering o = Opcodes.expectOrdering(c);
        optionalAlign();
        return new Instruction.AtomicRMW(v.getType(), op, p, v, o);
    }

    private Instruction cmpxchg() {
        boolean weak = c.acceptKeyword("weak");
        c.acceptKeyword("volatile");
        Value p = typedValue();
        c.expectPunct(",");
        Value cmp = typedValue();
        c.expectPunct(",");
        Value nv = typedValue();
        AtomicOrdering s = Opcodes.expectOrdering(c);
        AtomicOrdering f = Opcodes.expectOrdering(c);
        optionalAlign();
        Type result = new Type.StructType(null, false, new Type[] {cmp.getType(), Type.I1});
        return new Instruction.CmpXchg(result, p, cmp, nv, s, f, weak);
    }

    private Instruction switchInst() {
        Value cond = typedValue();
        c.expectPunct(",");
        BasicBlock def = label();
        c.expectPunct("[");
        List<Constant.Int> vals = new ArrayList<>();
        List<BasicBlock> dests = new ArrayList<>();
        while (!c.acceptPunct("]")) {
            Token vt = c.peek();
            Value v = typedValue();
            if (!(v instanceof Constant.Int ci)) {
                throw c.errorAt(vt, "switch case values must be integer constants");
            }
            vals.add(ci);
            c.expectPunct(",");
            dests.add(label());
        }
        return new Instruction.Switch(cond, def, vals.toArray(new Constant.Int[0]), dests.toArray(new BasicBlock[0]));
    }
}
