package dev.dsu.language.bitcode;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Turns FUNCTION_BLOCK instruction records into {@link Instruction}s. Operands are mostly
 * relative value ids (current value number minus the operand's); an operand that is not yet
 * defined is followed by its type id.
 */
final class InstructionDecoder {
    private static final int INST_BINOP = 2;
    private static final int INST_CAST = 3;
    private static final int INST_SELECT = 5;
    private static final int INST_EXTRACTELT = 6;
    private static final int INST_INSERTELT = 7;
    private static final int INST_SHUFFLEVEC = 8;
    private static final int INST_CMP = 9;
    private static final int INST_RET = 10;
    private static final int INST_BR = 11;
    private static final int INST_SWITCH = 12;
    private static final int INST_UNREACHABLE = 15;
    private static final int INST_PHI = 16;
    private static final int INST_ALLOCA = 19;
    private static final int INST_LOAD = 20;
    private static final int INST_VAARG = 23;
    private static final int INST_STORE_OLD = 24;
    private static final int INST_EXTRACTVAL = 26;
    private static final int INST_INSERTVAL = 27;
    private static final int INST_CMP2 = 28;
    private static final int INST_VSELECT = 29;
    private static final int INST_INDIRECTBR = 31;
    private static final int DEBUG_LOC_AGAIN = 33;
    private static final int INST_CALL = 34;
    private static final int DEBUG_LOC = 35;
    private static final int INST_FENCE = 36;
    private static final int INST_CMPXCHG_OLD = 37;
    private static final int INST_ATOMICRMW_OLD = 38;
    private static final int INST_LOADATOMIC = 41;
    private static final int INST_STOREATOMIC_OLD = 42;
    private static final int INST_GEP = 43;
    private static final int INST_STORE = 44;
    private static final int INST_STOREATOMIC = 45;
    private static final int INST_CMPXCHG = 46;
    private static final int OPERAND_BUNDLE = 55;
    private static final int INST_UNOP = 56;
    private static final int INST_FREEZE = 58;
    private static final int INST_ATOMICRMW = 59;
    private static final int BLOCKADDR_USERS = 60;

    private static final int CALL_TAIL = 0;
    private static final int CALL_MUSTTAIL = 14;
    private static final int CALL_EXPLICIT_TYPE = 15;
    private static final int CALL_FMF = 17;

    private final FunctionListener fn;
    private final ModuleContext ctx;
    private final DebugRecords debugRecords;
    private Record r;
    private int p;

    InstructionDecoder(FunctionListener fn) {
        this.fn = fn;
        this.ctx = fn.ctx;
        this.debugRecords = new DebugRecords(fn, this);
    }

    void decode(Record rec) {
        this.r = rec;
        this.p = 0;
        switch (rec.code) {
            case INST_BINOP -> binop();
            case INST_CAST -> {
                Value v = pair();
                Type dest = ctx.type(next());
                fn.emit(new Instruction.Cast(dest, Operators.castOp(next()), v));
            }
            case INST_GEP -> gep();
            case INST_SELECT, INST_VSELECT -> {
                Value t = pair();
                Value f = value(t.getType());
                Value c = rec.code == INST_VSELECT ? pair() : value(Type.I1);
                fn.emit(new Instruction.Select(t.getType(), c, t, f));
            }
            case INST_EXTRACTELT -> {
                Value vec = pair();
                Value idx = pair();
                fn.emit(new Instruction.ExtractElement(TypeUtil.element(vec.getType()), vec, idx));
            }
            case INST_INSERTELT -> {
                Value vec = pair();
                Value elt = value(TypeUtil.element(vec.getType()));
                Value idx = pair();
                fn.emit(new Instruction.InsertElement(vec.getType(), vec, elt, idx));
            }
            case INST_SHUFFLEVEC -> shuffle();
            case INST_CMP, INST_CMP2 -> {
                Value lhs = pair();
                Value rhs = value(lhs.getType());
                fn.emit(new Instruction.Compare(TypeUtil.compareResult(lhs.getType()), Operators.predicate(next()), lhs, rhs));
            }
            case INST_RET -> fn.emit(new Instruction.Ret(r.size() == 0 ? null : pair()));
            case INST_BR -> {
                if (r.size() == 1) {
                    fn.emit(new Instruction.Br(null, fn.block(r.get(0)), null));
                } else {
                    BasicBlock t = fn.block(r.get(0));
                    BasicBlock f = fn.block(r.get(1));
                    p = 2;
                    fn.emit(new Instruction.Br(value(Type.I1), t, f));
                }
            }
            case INST_SWITCH -> switchInst();
            case INST_INDIRECTBR -> {
                Type t = ctx.type(next());
                Value address = value(t);
                BasicBlock[] dests = new BasicBlock[r.size() - 2];
                for (int i = 0; i < dests.length; i++) {
                    dests[i] = fn.block(next());
                }
                fn.emit(new Instruction.IndirectBr(address, dests));
            }
            case INST_UNREACHABLE -> fn.emit(new Instruction.Unreachable());
            case INST_PHI -> phi();
            case INST_ALLOCA -> alloca();
            case INST_LOAD, INST_LOADATOMIC -> load(rec.code == INST_LOADATOMIC);
            case INST_STORE, INST_STORE_OLD, INST_STOREATOMIC, INST_STOREATOMIC_OLD -> store();
            case INST_CMPXCHG, INST_CMPXCHG_OLD -> cmpxchg();
            case INST_ATOMICRMW, INST_ATOMICRMW_OLD -> atomicRmw();
            case INST_FENCE -> fn.emit(new Instruction.Fence(Operators.ordering(next())));
            case INST_CALL -> call();
            case INST_VAARG -> {
                Type listType = ctx.type(next());
                Value list = value(listType);
                fn.emit(new Instruction.VaArg(ctx.type(next()), list));
            }
            case INST_EXTRACTVAL -> {
                Value agg = pair();
                int[] idx = indices();
                Type t = agg.getType();
                for (int i : idx) {
                    t = TypeUtil.aggregateMember(t, i);
                }
                fn.emit(new Instruction.ExtractValue(t, agg, idx));
            }
            case INST_INSERTVAL -> {
                Value agg = pair();
                Value v = pair();
                fn.emit(new Instruction.InsertValue(agg.getType(), agg, v, indices()));
            }
            case INST_UNOP -> {
                Value v = pair();
                long opcode = next();
                if (opcode != 0) {
                    throw new IrReadException("unsupported unary operator " + opcode);
                }
                fn.emit(new Instruction.FNeg(v.getType(), v));
            }
            case INST_FREEZE -> {
                Value v = pair();
                fn.emit(new Instruction.Freeze(v.getType(), v));
            }
            case DEBUG_LOC -> {
                Metadata.DILocation loc = new Metadata.DILocation();
                loc.line = r.getInt(0);
                loc.column = r.getInt(1);
                loc.scope = ctx.metadata.getOrNull(r.get(2));
                loc.inlinedAt = (Metadata.DILocation) ctx.metadata.getOrNull(r.get(3));
                fn.lastLocation = loc;
                attachLocation(loc);
            }
            case DEBUG_LOC_AGAIN -> attachLocation(fn.lastLocation);
            case OPERAND_BUNDLE, BLOCKADDR_USERS -> {
                // bundles only matter to GC/deopt intrinsics; blockaddress users are an optimisation hint
            }
            default -> {
                if (!debugRecords.decode(r)) {
                    throw new IrReadException("unsupported instruction record code " + rec.code + describe(rec.code));
                }
            }
        }
    }

    private static String describe(int code) {
        return switch (code) {
            case 13 -> " (invoke)";
            case 39 -> " (resume)";
            case 40, 47 -> " (landingpad)";
            case 48, 49, 50, 51, 52 -> " (funclet exception handling)";
            case 57 -> " (callbr)";
            case 4, 30 -> " (getelementptr without explicit type)";
            default -> "";
        };
    }

    private void attachLocation(Metadata.DILocation loc) {
        if (fn.lastInstruction == null || loc == null) {
            throw new IrReadException("debug location without an instruction");
        }
        fn.lastInstruction.setDebugLocation(loc);
    }

    // ---- operand access ----

    long next() {
        return r.get(p++);
    }

    boolean hasMore() {
        return p < r.size();
    }

    private int valueNumber() {
        return ctx.values.size();
    }

    /** Absolute id from a relative operand (ids wrap at 32 bits for forward references). */
    long absolute(long relative) {
        if (ctx.version < 1) {
            return relative;
        }
        return (valueNumber() - relative) & 0xFFFFFFFFL;
    }

    /** A value whose type follows it in the record when it is a forward reference. */
    Value pair() {
        long id = absolute(next());
        if (id < valueNumber()) {
            return ctx.values.get(id, null);
        }
        return ctx.values.get(id, ctx.type(next()));
    }

    /** A value whose type is implied by the instruction. */
    Value value(Type type) {
        return ctx.values.get(absolute(next()), type);
    }

    private int[] indices() {
        int[] idx = new int[r.size() - p];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = (int) next();
        }
        return idx;
    }

    // ---- instructions ----

    private void binop() {
        Value lhs = pair();
        Value rhs = value(lhs.getType());
        long opcode = next();
        int flags = hasMore() ? (int) next() : 0;
        fn.emit(new Instruction.Binary(lhs.getType(), Operators.binOp(opcode, lhs.getType()), lhs, rhs, flags));
    }

    private void gep() {
        boolean inBounds = (next() & 1) != 0;
        Type source = ctx.type(next());
        Value base = pair();
        java.util.List<Value> idx = new java.util.ArrayList<>();
        while (hasMore()) {
            idx.add(pair());
        }
        Value[] indices = idx.toArray(new Value[0]);
        Type result = TypeUtil.gepResult(ctx, source, base, indices);
        fn.emit(new Instruction.GetElementPtr(result, source, base, indices, inBounds));
    }

    private void shuffle() {
        Value a = pair();
        Value b = value(a.getType());
        Value mask = pair();
        if (!(mask.getType() instanceof Type.VectorType maskType)) {
            throw new IrReadException("shufflevector mask is not a vector");
        }
        int[] m = new int[maskType.length];
        if (mask instanceof Constant.Data d) {
            for (int i = 0; i < m.length; i++) {
                m[i] = (int) d.elements[i];
            }
        } else if (mask instanceof Constant.Aggregate agg) {
            for (int i = 0; i < m.length; i++) {
                m[i] = agg.elements[i] instanceof Constant.Int c ? (int) c.value : -1;
            }
        } else if (mask instanceof Constant.Undef) {
            java.util.Arrays.fill(m, -1);
        } else if (!(mask instanceof Constant.Zero)) {
            throw new IrReadException("shufflevector mask is not a constant");
        }
        Type elem = TypeUtil.element(a.getType());
        fn.emit(new Instruction.ShuffleVector(new Type.VectorType(elem, m.length), a, b, m));
    }

    private void switchInst() {
        long first = r.get(0);
        if ((first >> 16) == 0x4B5) {
            throw new IrReadException("unsupported case-range switch encoding");
        }
        Type t = ctx.type(next());
        Value cond = value(t);
        BasicBlock dflt = fn.block(next());
        int n = (r.size() - 3) / 2;
        Constant.Int[] values = new Constant.Int[n];
        BasicBlock[] targets = new BasicBlock[n];
        for (int i = 0; i < n; i++) {
            Value v = ctx.values.get(next(), t);
            if (!(v instanceof Constant.Int c)) {
                throw new IrReadException("switch case value is not an integer constant");
            }
            values[i] = c;
            targets[i] = fn.block(next());
        }
        fn.emit(new Instruction.Switch(cond, dflt, values, targets));
    }

    private void phi() {
        Type t = ctx.type(next());
        int n = (r.size() - 1) / 2;
        Value[] values = new Value[n];
        BasicBlock[] preds = new BasicBlock[n];
        for (int i = 0; i < n; i++) {
            // Phi operands are signed so that backward and forward references both stay small.
            long rel = Record.decodeSigned(next());
            long id = ctx.version < 1 ? rel : valueNumber() - rel;
            values[i] = ctx.values.get(id, t);
            preds[i] = fn.block(next());
        }
        fn.emit(new Instruction.Phi(t, values, preds));
    }

    private void alloca() {
        Type type = ctx.type(next());
        Type countType = ctx.type(next());
        Value count = ctx.values.get(next(), countType);
        long packed = next();
        int addressSpace = hasMore() ? (int) next() : 0;
        boolean explicitType = (packed & (1 << 6)) != 0;
        long alignExp = (((packed >> 8) & 7) << 5) | (packed & 0x1F);
        if (!explicitType) {
            type = TypeUtil.pointee(type);
            if (type == null) {
                throw new IrReadException("alloca without an allocated type");
            }
        }
        fn.emit(new Instruction.Alloca(ctx.pointerTo(type, addressSpace), type, count, Operators.alignment(alignExp)));
    }

    private void load(boolean atomic) {
        Value ptr = pair();
        int rest = atomic ? 5 : 3;
        Type t;
        if (p + rest == r.size()) {
            t = ctx.type(next());
        } else {
            t = TypeUtil.pointee(ptr.getType());
            if (t == null) {
                throw new IrReadException("load without an explicit type");
            }
        }
        int align = Operators.alignment(next());
        boolean vol = next() != 0;
        AtomicOrdering ordering = atomic ? Operators.ordering(next()) : AtomicOrdering.NOT_ATOMIC;
        fn.emit(new Instruction.Load(t, ptr, align, vol, ordering));
    }

    private void store() {
        int code = r.code;
        Value ptr = pair();
        Value v = code == INST_STORE || code == INST_STOREATOMIC ? pair() : value(TypeUtil.pointee(ptr.getType()));
        int align = Operators.alignment(next());
        boolean vol = next() != 0;
        AtomicOrdering ordering = code == INST_STOREATOMIC || code == INST_STOREATOMIC_OLD ? Operators.ordering(next()) : AtomicOrdering.NOT_ATOMIC;
        fn.emit(new Instruction.Store(v, ptr, align, vol, ordering));
    }

    private void cmpxchg() {
        Value ptr = pair();
        Value cmp = r.code == INST_CMPXCHG ? pair() : value(TypeUtil.pointee(ptr.getType()));
        Value replacement = value(cmp.getType());
        next(); // volatile
        AtomicOrdering success = Operators.ordering(next());
        next(); // sync scope
        AtomicOrdering failure = hasMore() ? Operators.ordering(next()) : success;
        boolean weak = hasMore() && next() != 0;
        Type result = new Type.StructType(null, false, new Type[]{cmp.getType(), Type.I1});
        fn.emit(new Instruction.CmpXchg(result, ptr, cmp, replacement, success, failure, weak));
    }

    private void atomicRmw() {
        Value ptr = pair();
        Value v = r.code == INST_ATOMICRMW ? pair() : value(TypeUtil.pointee(ptr.getType()));
        long op = next();
        if (op < 0 || op >= Instruction.AtomicRMW.Op.values().length) {
            throw new IrReadException("unsupported atomicrmw operation " + op);
        }
        next(); // volatile
        AtomicOrdering ordering = Operators.ordering(next());
        fn.emit(new Instruction.AtomicRMW(v.getType(), Instruction.AtomicRMW.Op.values()[(int) op], ptr, v, ordering));
    }

    private void call() {
        long attrs = next();
        long cc = next();
        if (((cc >> CALL_FMF) & 1) != 0) {
            next();
        }
        Type.FunctionType fnType = null;
        if (((cc >> CALL_EXPLICIT_TYPE) & 1) != 0) {
            Type t = ctx.type(next());
            if (!(t instanceof Type.FunctionType ft)) {
                throw new IrReadException("call with non-function type " + t);
            }
            fnType = ft;
        }
        Value callee = pair();
        if (fnType == null) {
            if (TypeUtil.pointee(callee.getType()) instanceof Type.FunctionType ft) {
                fnType = ft;
            } else {
                throw new IrReadException("call without a function type");
            }
        }
        java.util.List<Value> args = new java.util.ArrayList<>();
        for (Type param : fnType.params) {
            if (param == Type.METADATA) {
                // Metadata arguments are metadata ids encoded like relative value ids.
                args.add(new MetadataValue(ctx.metadata.get(absolute(next()))));
            } else if (param == Type.LABEL) {
                args.add(fn.block(next()));
            } else {
                args.add(value(param));
            }
        }
        if (fnType.varArgs) {
            while (hasMore()) {
                args.add(pair());
            }
        } else if (hasMore()) {
            throw new IrReadException("call has more arguments than its function type");
        }
        boolean tail = ((cc >> CALL_TAIL) & 1) != 0 || ((cc >> CALL_MUSTTAIL) & 1) != 0;
        fn.emit(new Instruction.Call(fnType, callee, args.toArray(new Value[0]), ctx.attributes.get(attrs, fnType), tail));
    }
}
