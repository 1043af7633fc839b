package dev.dsu.language.bitcode;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * LLVM 19 writes variable locations as debug records instead of llvm.dbg.* calls. They are
 * turned back into those calls so that consumers see the same IR from clang 14 and 19.
 */
final class DebugRecords {
    private static final int DEBUG_RECORD_VALUE = 61;
    private static final int DEBUG_RECORD_DECLARE = 62;
    private static final int DEBUG_RECORD_ASSIGN = 63;
    private static final int DEBUG_RECORD_VALUE_SIMPLE = 64;
    private static final int DEBUG_RECORD_LABEL = 65;

    private final FunctionListener fn;
    private final InstructionDecoder decoder;

    DebugRecords(FunctionListener fn, InstructionDecoder decoder) {
        this.fn = fn;
        this.decoder = decoder;
    }

    boolean decode(Record r) {
        MetadataTable md = fn.ctx.metadata;
        switch (r.code) {
            case DEBUG_RECORD_VALUE, DEBUG_RECORD_DECLARE, DEBUG_RECORD_ASSIGN -> {
                Metadata location = md.get(r.get(0));
                Value[] args;
                if (r.code == DEBUG_RECORD_ASSIGN) {
                    args = new Value[6];
                    args[0] = meta(md.get(r.get(3)));
                    args[1] = meta(md.get(r.get(1)));
                    args[2] = meta(md.get(r.get(2)));
                    args[3] = meta(md.get(r.get(4)));
                    // The record keeps the address expression before the address; the intrinsic the other way round.
                    args[4] = meta(md.get(r.get(6)));
                    args[5] = meta(md.get(r.get(5)));
                } else {
                    args = new Value[]{meta(md.get(r.get(3))), meta(md.get(r.get(1))), meta(md.get(r.get(2)))};
                }
                String name = switch (r.code) {
                    case DEBUG_RECORD_VALUE -> "llvm.dbg.value";
                    case DEBUG_RECORD_DECLARE -> "llvm.dbg.declare";
                    default -> "llvm.dbg.assign";
                };
                insert(name, args, location);
                return true;
            }
            case DEBUG_RECORD_VALUE_SIMPLE -> {
                Metadata location = md.get(r.get(0));
                Metadata variable = md.get(r.get(1));
                Metadata expression = md.get(r.get(2));
                Metadata.ValueRef ref = new Metadata.ValueRef(null);
                // The value operand is relative like an instruction operand, never a forward reference.
                ref.value = fn.ctx.values.get(decoder.absolute(r.get(3)), null);
                insert("llvm.dbg.value", new Value[]{meta(ref), meta(variable), meta(expression)}, location);
                return true;
            }
            case DEBUG_RECORD_LABEL -> {
                insert("llvm.dbg.label", new Value[]{meta(md.get(r.get(1)))}, md.get(r.get(0)));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static Value meta(Metadata m) {
        return new MetadataValue(m);
    }

    private void insert(String intrinsic, Value[] args, Metadata location) {
        Function callee = intrinsic(intrinsic, args.length);
        Instruction.Call call = new Instruction.Call(callee.functionType, callee, args, dev.dsu.language.ir.AttributeList.EMPTY, false);
        if (location instanceof Metadata.DILocation l) {
            call.setDebugLocation(l);
        } else if (location != null) {
            throw new IrReadException("debug record location is not a DILocation");
        }
        fn.insertBeforeLast(call);
    }

    private Function intrinsic(String name, int arity) {
        Function known = fn.ctx.debugIntrinsics.get(name);
        if (known != null) {
            return known;
        }
        Function f = fn.ctx.module.getFunction(name);
        if (f == null) {
            Type[] params = new Type[arity];
            java.util.Arrays.fill(params, Type.METADATA);
            Type.FunctionType type = new Type.FunctionType(Type.VOID, params, false);
            f = new Function(fn.ctx.pointerTo(type, 0), name, type, true);
            fn.ctx.module.functions.add(f);
        }
        fn.ctx.debugIntrinsics.put(name, f);
        return f;
    }
}
