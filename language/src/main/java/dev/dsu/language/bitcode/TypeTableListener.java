package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;

/**
 * TYPE_BLOCK_ID_NEW. Entries may name later entries (a struct containing a pointer to a struct
 * defined further down), so records are buffered and resolved on demand at the end of the block.
 */
final class TypeTableListener implements BlockListener {
    private static final int NUMENTRY = 1;
    private static final int VOID = 2;
    private static final int FLOAT = 3;
    private static final int DOUBLE = 4;
    private static final int LABEL = 5;
    private static final int OPAQUE = 6;
    private static final int INTEGER = 7;
    private static final int POINTER = 8;
    private static final int FUNCTION_OLD = 9;
    private static final int HALF = 10;
    private static final int ARRAY = 11;
    private static final int VECTOR = 12;
    private static final int X86_FP80 = 13;
    private static final int FP128 = 14;
    private static final int PPC_FP128 = 15;
    private static final int METADATA = 16;
    private static final int X86_MMX = 17;
    private static final int STRUCT_ANON = 18;
    private static final int STRUCT_NAME = 19;
    private static final int STRUCT_NAMED = 20;
    private static final int FUNCTION = 21;
    private static final int TOKEN = 22;
    private static final int BFLOAT = 23;
    private static final int OPAQUE_POINTER = 25;

    private record Entry(int code, long[] ops, String name) {
    }

    private final ModuleContext ctx;
    private final List<Entry> entries = new ArrayList<>();
    private Type[] resolved;
    private boolean[] resolving;
    private String pendingName;

    TypeTableListener(ModuleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void record(Record r) {
        switch (r.code) {
            case NUMENTRY -> {
            }
            case STRUCT_NAME -> pendingName = r.string(0);
            default -> {
                String name = null;
                if (r.code == STRUCT_NAMED || r.code == OPAQUE) {
                    name = pendingName;
                    pendingName = null;
                }
                if (r.code == OPAQUE_POINTER) {
                    ctx.opaquePointers = true;
                }
                entries.add(new Entry(r.code, r.copy(), name));
            }
        }
    }

    @Override
    public void exitBlock() {
        resolved = new Type[entries.size()];
        resolving = new boolean[entries.size()];
        // Identified structs exist before anything refers to them, so recursive types close their cycle here.
        for (int i = 0; i < entries.size(); i++) {
            int code = entries.get(i).code();
            if (code == STRUCT_NAMED || code == OPAQUE) {
                resolved[i] = namedStruct(entries.get(i).name());
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.code() == STRUCT_NAMED) {
                ((Type.StructType) resolved[i]).setBody(op(e.ops(), 0, e) != 0, fields(e.ops(), 1));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            resolve(i);
        }
        ctx.types.clear();
        for (Type t : resolved) {
            ctx.types.add(t);
        }
    }

    private Type ref(long id) {
        if (id < 0 || id >= entries.size()) {
            throw new IrReadException("invalid type id " + id + " in type table");
        }
        return resolve((int) id);
    }

    private Type resolve(int i) {
        if (resolved[i] != null) {
            return resolved[i];
        }
        if (resolving[i]) {
            throw new IrReadException("type " + i + " is defined in terms of itself");
        }
        resolving[i] = true;
        Entry e = entries.get(i);
        long[] o = e.ops();
        Type t = switch (e.code()) {
            case VOID -> Type.VOID;
            case FLOAT -> Type.FLOAT;
            case DOUBLE -> Type.DOUBLE;
            case HALF -> new Type.FloatType(Type.FloatType.Kind.HALF);
            case BFLOAT -> new Type.FloatType(Type.FloatType.Kind.BFLOAT);
            case X86_FP80 -> Type.X86_FP80;
            case FP128 -> new Type.FloatType(Type.FloatType.Kind.FP128);
            case PPC_FP128 -> new Type.FloatType(Type.FloatType.Kind.PPC_FP128);
            case LABEL -> Type.LABEL;
            case METADATA -> Type.METADATA;
            case TOKEN -> Type.TOKEN;
            case X86_MMX -> new Type.Simple("x86_mmx");
            case INTEGER -> {
                long bits = op(o, 0, e);
                if (bits < 1 || bits > (1 << 23)) {
                    throw new IrReadException("invalid integer width " + bits);
                }
                yield Type.intOf((int) bits);
            }
            case OPAQUE_POINTER -> {
                int as = o.length > 0 ? (int) o[0] : 0;
                yield as == 0 ? Type.PTR : new Type.PointerType(as, null);
            }
            case POINTER -> new Type.PointerType(o.length > 1 ? (int) o[1] : 0, ref(op(o, 0, e)));
            case ARRAY -> new Type.ArrayType(ref(op(o, 1, e)), op(o, 0, e));
            case VECTOR -> new Type.VectorType(ref(op(o, 1, e)), (int) op(o, 0, e));
            case STRUCT_ANON -> new Type.StructType(null, op(o, 0, e) != 0, fields(o, 1));
            case FUNCTION -> new Type.FunctionType(ref(op(o, 1, e)), fields(o, 2), op(o, 0, e) != 0);
            case FUNCTION_OLD -> new Type.FunctionType(ref(op(o, 2, e)), fields(o, 3), op(o, 0, e) != 0);
            default -> throw new IrReadException("unsupported type record code " + e.code());
        };
        resolved[i] = t;
        return t;
    }

    private Type.StructType namedStruct(String name) {
        String n = name == null ? "anon" : name;
        Type.StructType s = new Type.StructType(n, false, null);
        ctx.module.namedStructs.put(n, s);
        return s;
    }

    private Type[] fields(long[] o, int from) {
        Type[] f = new Type[Math.max(0, o.length - from)];
        for (int k = 0; k < f.length; k++) {
            f[k] = ref(o[from + k]);
        }
        return f;
    }

    private static long op(long[] o, int i, Entry e) {
        if (i >= o.length) {
            throw new IrReadException("type record code " + e.code() + " has too few operands");
        }
        return o[i];
    }
}
