package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.AttributeList;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Linkage;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.ParamAttributes;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Calls, including varargs calls with an explicit signature and metadata arguments, and the
 * debug records of LLVM 19 ({@code #dbg_value(...)}), which become the equivalent
 * {@code llvm.dbg.*} intrinsic calls so both clang generations give the same model.
 */
final class CallParser {
    private final ReaderState state;
    private final FunctionBody locals;
    private final Cursor c;

    CallParser(ReaderState state, FunctionBody locals) {
        this.state = state;
        this.locals = locals;
        this.c = state.cursor;
    }

    Instruction call() {
        boolean tail = false;
        if (c.acceptKeyword("tail") || c.acceptKeyword("musttail")) {
            tail = true;
        } else {
            c.acceptKeyword("notail");
        }
        c.expectKeyword("call");
        Opcodes.skipFlags(c);
        Linkages.skipCallingConvention(c);
        ParamAttributes retAttrs = state.attributes.paramAttributes();
        if (c.peek().isKeyword("addrspace")) {
            state.types.addrSpace();
        }
        Type declared = state.types.parse();
        Type.FunctionType explicit = declared instanceof Type.FunctionType ft ? ft : null;
        if (c.peek().isKeyword("asm")) {
            throw c.error("inline assembly is not supported");
        }
        Token calleeTok = c.peek();
        Type calleeType = explicit != null ? state.pointerTo(explicit, 0) : Type.PTR;
        Value callee = state.constants.value(calleeType, locals);
        c.expectPunct("(");
        List<Value> args = new ArrayList<>();
        List<Type> argTypes = new ArrayList<>();
        List<ParamAttributes> argAttrs = new ArrayList<>();
        if (!c.acceptPunct(")")) {
            do {
                Type t = state.types.parse();
                argAttrs.add(state.attributes.paramAttributes());
                argTypes.add(t);
                if (t == Type.METADATA) {
                    args.add(new MetadataValue(state.metadata.operand(locals)));
                } else {
                    args.add(state.constants.value(t, locals));
                }
            } while (c.acceptPunct(","));
            c.expectPunct(")");
        }
        AttributeGroups.FnAttrs fn = state.attributes.functionAttributes();
        if (c.peek().isPunct("[")) {
            c.skipGroup(); // operand bundles
        }
        Type.FunctionType fnType = explicit;
        if (fnType == null) {
            Type ret = declared;
            if (!state.opaquePointers && callee.getType() instanceof Type.PointerType pt && pt.pointee instanceof Type.FunctionType known) {
                fnType = known;
            } else {
                fnType = new Type.FunctionType(ret, argTypes.toArray(new Type[0]), false);
            }
        }
        if (callee instanceof FunctionBody.ForwardRef r && !state.opaquePointers) {
            r.setType(state.pointerTo(fnType, 0));
        }
        if (calleeTok == null) {
            throw c.error("expected a callee");
        }
        AttributeList attrs = state.attributes.toList(retAttrs, argAttrs, fn);
        return new Instruction.Call(fnType, callee, args.toArray(new Value[0]), attrs, tail);
    }

    /** {@code #dbg_value(...)}, {@code #dbg_declare}, {@code #dbg_assign}, {@code #dbg_label}. */
    Instruction debugRecord() {
        Token rec = c.next();
        String kind = rec.text();
        int operands = switch (kind) {
            case "dbg_value", "dbg_declare" -> 3;
            case "dbg_assign" -> 6;
            case "dbg_label" -> 1;
            default -> throw c.errorAt(rec, "unknown debug record '#" + kind + "'");
        };
        c.expectPunct("(");
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < operands; i++) {
            args.add(new MetadataValue(state.metadata.operand(locals)));
            c.expectPunct(",");
        }
        Metadata loc = state.metadata.operand(locals);
        c.expectPunct(")");
        Type[] params = new Type[operands];
        java.util.Arrays.fill(params, Type.METADATA);
        Type.FunctionType fnType = new Type.FunctionType(Type.VOID, params, false);
        Instruction.Call call = new Instruction.Call(fnType, intrinsic("llvm." + kind.replace('_', '.'), fnType), args.toArray(new Value[0]),
                        AttributeList.EMPTY, false);
        call.setDebugLocation(loc);
        return call;
    }

    /** The declaration of a debug intrinsic, added to the module the first time it is needed. */
    private Function intrinsic(String name, Type.FunctionType fnType) {
        GlobalValue g = state.globals.get(name);
        if (g instanceof Function f) {
            return f;
        }
        Function f = new Function(state.pointerTo(fnType, 0), name, fnType, true);
        f.setLinkage(Linkage.EXTERNAL);
        state.globals.put(name, f);
        state.module.functions.add(f);
        return f;
    }
}
