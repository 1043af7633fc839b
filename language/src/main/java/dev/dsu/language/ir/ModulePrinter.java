package dev.dsu.language.ir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic, LLVM-like text dump of a {@link Module} for debugging and for checking that
 * different readers (text and bitcode) build the same model. Local values and blocks are numbered
 * by position, never by their names, so naming differences between readers do not show. Not meant
 * to be parsed back.
 */
public final class ModulePrinter {
    private final StringBuilder out = new StringBuilder();
    /** Local numbering of the function being printed. */
    private final Map<Value, String> locals = new IdentityHashMap<>();
    /** Off for code identity: a function that only moved in the source file has the same code. */
    private boolean withDebugInfo = true;

    private ModulePrinter() {
    }

    public static String print(Module m) {
        m.materializeAll();
        ModulePrinter p = new ModulePrinter();
        p.module(m);
        return p.out.toString();
    }

    /** A short description of an SSA value for messages: its kind, type and name when it has one. */
    public static String describeValue(Value v) {
        String kind = v instanceof Instruction ? v.getClass().getSimpleName().toLowerCase() : v.getClass().getSimpleName().toLowerCase();
        return kind + " of type " + type(v.getType()) + (v.getName() != null ? " %" + v.getName() : "");
    }

    /**
     * One function's code without debug information (locations, dbg intrinsics): equal text
     * means equal behaviour, which is what an update needs to know to keep a frame verbatim.
     */
    public static String printCode(Function f) {
        ModulePrinter p = new ModulePrinter();
        p.withDebugInfo = false;
        p.function(f);
        return p.out.toString();
    }

    private void module(Module m) {
        out.append("triple = \"").append(m.getTargetTriple()).append("\"\n");
        out.append("datalayout = \"").append(m.getDataLayout()).append("\"\n");
        List<String> names = new ArrayList<>(m.namedStructs.keySet());
        names.sort(null);
        for (String n : names) {
            Type.StructType s = m.namedStructs.get(n);
            out.append('%').append(n).append(" = type ");
            out.append(s.isOpaque() ? "opaque" : structBody(s.isPacked(), s.fields())).append('\n');
        }
        for (GlobalVariable g : m.globals) {
            out.append(globalName(g)).append(" = ").append(linkage(g)).append(g.isThreadLocal() ? "thread_local " : "");
            out.append(g.isConstant ? "constant " : "global ").append(type(g.valueType));
            if (g.getInitializer() != null) {
                out.append(' ').append(constant(g.getInitializer()));
            }
            out.append(", align ").append(g.getAlignment());
            for (Metadata d : g.debugInfo) {
                out.append(" !dbg ").append(metadataSummary(d, 2));
            }
            out.append('\n');
        }
        for (GlobalAlias a : m.aliases) {
            out.append(globalName(a)).append(" = ").append(linkage(a)).append("alias ").append(type(a.valueType)).append(", ")
                            .append(a.getAliasee() == null ? "null" : typedConstant(a.getAliasee())).append('\n');
        }
        List<Function> declarations = new ArrayList<>();
        for (Function f : m.functions) {
            if (f.isDeclaration()) {
                declarations.add(f);
            } else {
                function(f);
            }
        }
        declarations.sort(Comparator.comparing(f -> String.valueOf(f.getName())));
        for (Function f : declarations) {
            out.append("declare ").append(linkage(f)).append(signature(f)).append(attributes(f.getAttributes())).append('\n');
        }
    }

    private static String linkage(GlobalValue g) {
        return g.getLinkage() == Linkage.EXTERNAL ? "" : g.getLinkage().name().toLowerCase() + " ";
    }

    private static String globalName(GlobalValue g) {
        return "@" + (g.getName() == null ? "<unnamed>" : g.getName());
    }

    private String signature(Function f) {
        StringBuilder sb = new StringBuilder();
        sb.append(type(f.functionType.returnType)).append(' ').append(globalName(f)).append('(');
        for (int i = 0; i < f.functionType.params.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(type(f.functionType.params[i])).append(paramAttrs(f.getAttributes().param(i)));
            if (!f.isDeclaration()) {
                sb.append(' ').append(ref(f.arguments.get(i)));
            }
        }
        if (f.functionType.varArgs) {
            sb.append(f.functionType.params.length > 0 ? ", ..." : "...");
        }
        return sb.append(')').toString();
    }

    private static String paramAttrs(ParamAttributes p) {
        StringBuilder sb = new StringBuilder();
        if (p.zeroExt) {
            sb.append(" zeroext");
        }
        if (p.signExt) {
            sb.append(" signext");
        }
        if (p.byValType != null) {
            sb.append(" byval(").append(type(p.byValType)).append(')');
        }
        if (p.structRetType != null) {
            sb.append(" sret(").append(type(p.structRetType)).append(')');
        }
        return sb.toString();
    }

    private static String attributes(AttributeList a) {
        return (a.noReturn ? " noreturn" : "") + (a.returnsTwice ? " returns_twice" : "");
    }

    private void function(Function f) {
        locals.clear();
        int n = 0;
        for (Argument a : f.arguments) {
            locals.put(a, "%" + n++);
        }
        for (BasicBlock b : f.blocks()) {
            locals.put(b, "%bb" + b.index);
            for (Instruction i : b.instructions) {
                if (i.getType() != Type.VOID) {
                    locals.put(i, "%" + n++);
                }
            }
        }
        out.append("define ").append(linkage(f)).append(signature(f)).append(attributes(f.getAttributes()));
        if (f.getSubprogram() != null && withDebugInfo) {
            out.append(" !dbg ").append(metadataSummary(f.getSubprogram(), 1));
        }
        out.append(" {\n");
        for (BasicBlock b : f.blocks()) {
            out.append("bb").append(b.index).append(":\n");
            for (Instruction i : b.instructions) {
                if (!withDebugInfo && isDebugIntrinsic(i)) {
                    continue;
                }
                out.append("  ");
                if (i.getType() != Type.VOID) {
                    out.append(locals.get(i)).append(" = ");
                }
                out.append(instruction(i));
                if (i.getDebugLocation() != null && withDebugInfo) {
                    out.append(", !dbg ").append(location(i.getDebugLocation()));
                }
                out.append('\n');
            }
        }
        out.append("}\n");
    }

    private static boolean isDebugIntrinsic(Instruction i) {
        return i instanceof Instruction.Call c && c.callee instanceof Function f && f.getName() != null && f.getName().startsWith("llvm.dbg.");
    }

    private static String location(Metadata m) {
        if (m instanceof Metadata.DILocation l) {
            Metadata.DISubprogram sp = l.subprogram();
            return l.line + ":" + l.column + (sp != null ? " in " + sp.name : "") + (l.inlinedAt != null ? " inlined at " + location(l.inlinedAt) : "");
        }
        return m.getClass().getSimpleName();
    }

    private String ref(Value v) {
        if (v == null) {
            return "<null>";
        }
        String l = locals.get(v);
        if (l != null) {
            return l;
        }
        if (v instanceof Constant c) {
            return constant(c);
        }
        if (v instanceof MetadataValue mv) {
            return metadataSummary(mv.metadata, 2);
        }
        return "<" + v.getClass().getSimpleName() + " " + v.getName() + ">";
    }

    private String typed(Value v) {
        return v == null ? "<null>" : type(v.getType()) + " " + ref(v);
    }

    private String typedList(Value[] vs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vs.length; i++) {
            sb.append(i > 0 ? ", " : "").append(typed(vs[i]));
        }
        return sb.toString();
    }

    private static String ordering(AtomicOrdering o, boolean isVolatile) {
        return (isVolatile ? " volatile" : "") + (o != AtomicOrdering.NOT_ATOMIC ? " atomic " + o.name().toLowerCase() : "");
    }

    private String instruction(Instruction inst) {
        return switch (inst) {
            case Instruction.Binary b -> b.op.name().toLowerCase() + (b.flags != 0 ? "[" + b.flags + "]" : "") + " " + typed(b.lhs) + ", " + ref(b.rhs);
            case Instruction.FNeg f -> "fneg " + typed(f.operand);
            case Instruction.Cast c -> c.op.name().toLowerCase() + " " + typed(c.value) + " to " + type(c.getType());
            case Instruction.Compare c -> (c.predicate.isFloat() ? "fcmp " : "icmp ") + c.predicate.name().substring(5).toLowerCase() + " " + typed(c.lhs)
                            + ", " + ref(c.rhs);
            case Instruction.Select s -> "select " + typed(s.condition) + ", " + typed(s.ifTrue) + ", " + typed(s.ifFalse);
            case Instruction.Alloca a -> "alloca " + type(a.allocatedType) + (a.count != null ? ", " + typed(a.count) : "") + ", align " + a.alignment;
            case Instruction.Load l -> "load" + ordering(l.ordering, l.isVolatile) + " " + type(l.getType()) + ", " + typed(l.pointer) + ", align "
                            + l.alignment;
            case Instruction.Store s -> "store" + ordering(s.ordering, s.isVolatile) + " " + typed(s.value) + ", " + typed(s.pointer) + ", align "
                            + s.alignment;
            case Instruction.GetElementPtr g -> "getelementptr" + (g.inBounds ? " inbounds " : " ") + type(g.sourceElementType) + ", " + typed(g.base)
                            + (g.indices.length > 0 ? ", " + typedList(g.indices) : "") + " ; -> " + type(g.getType());
            case Instruction.Call c -> call(c);
            case Instruction.Phi p -> phi(p);
            case Instruction.ExtractValue e -> "extractvalue " + typed(e.aggregate) + indices(e.indices);
            case Instruction.InsertValue e -> "insertvalue " + typed(e.aggregate) + ", " + typed(e.value) + indices(e.indices);
            case Instruction.ExtractElement e -> "extractelement " + typed(e.vector) + ", " + typed(e.index);
            case Instruction.InsertElement e -> "insertelement " + typed(e.vector) + ", " + typed(e.element) + ", " + typed(e.index);
            case Instruction.ShuffleVector s -> "shufflevector " + typed(s.first) + ", " + typed(s.second) + ", mask " + java.util.Arrays.toString(s.mask);
            case Instruction.AtomicRMW a -> "atomicrmw " + a.op.name().toLowerCase() + " " + typed(a.pointer) + ", " + typed(a.value) + " "
                            + a.ordering.name().toLowerCase();
            case Instruction.CmpXchg x -> "cmpxchg" + (x.weak ? " weak " : " ") + typed(x.pointer) + ", " + typed(x.expected) + ", " + typed(x.replacement)
                            + " " + x.successOrdering.name().toLowerCase() + " " + x.failureOrdering.name().toLowerCase() + " ; -> " + type(x.getType());
            case Instruction.Fence f -> "fence " + f.ordering.name().toLowerCase();
            case Instruction.VaArg v -> "va_arg " + typed(v.vaList) + ", " + type(v.getType());
            case Instruction.Freeze f -> "freeze " + typed(f.value);
            case Instruction.Ret r -> r.value == null ? "ret void" : "ret " + typed(r.value);
            case Instruction.Br b -> b.condition == null ? "br " + ref(b.ifTrue) : "br " + typed(b.condition) + ", " + ref(b.ifTrue) + ", " + ref(b.ifFalse);
            case Instruction.Switch s -> switchText(s);
            case Instruction.IndirectBr b -> {
                StringBuilder sb = new StringBuilder("indirectbr " + typed(b.address) + ", [");
                for (int i = 0; i < b.destinations.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(ref(b.destinations[i]));
                }
                yield sb.append(']').toString();
            }
            case Instruction.Unreachable u -> "unreachable";
            default -> inst.getClass().getSimpleName();
        };
    }

    private static String indices(int[] idx) {
        StringBuilder sb = new StringBuilder();
        for (int i : idx) {
            sb.append(", ").append(i);
        }
        return sb.toString();
    }

    private String call(Instruction.Call c) {
        StringBuilder sb = new StringBuilder(c.tail ? "tail call " : "call ");
        sb.append(type(c.functionType)).append(' ').append(ref(c.callee)).append('(');
        for (int i = 0; i < c.arguments.length; i++) {
            Value a = c.arguments[i];
            sb.append(i > 0 ? ", " : "");
            sb.append(a instanceof MetadataValue ? "metadata " + ref(a) : typed(a)).append(paramAttrs(c.attributes.param(i)));
        }
        return sb.append(')').append(paramAttrs(c.attributes.returnValue()).isEmpty() ? "" : " ret" + paramAttrs(c.attributes.returnValue()))
                        .append(attributes(c.attributes)).toString();
    }

    private String phi(Instruction.Phi p) {
        StringBuilder sb = new StringBuilder("phi " + type(p.getType()));
        for (int i = 0; i < p.values.length; i++) {
            sb.append(i > 0 ? ", " : " ").append("[ ").append(ref(p.values[i])).append(", ").append(ref(p.blocks[i])).append(" ]");
        }
        return sb.toString();
    }

    private String switchText(Instruction.Switch s) {
        StringBuilder sb = new StringBuilder("switch " + typed(s.condition) + ", " + ref(s.defaultBlock) + " [");
        for (int i = 0; i < s.caseValues.length; i++) {
            sb.append(' ').append(intText(s.caseValues[i])).append(" -> ").append(ref(s.caseBlocks[i]));
        }
        return sb.append(" ]").toString();
    }

    // ---- constants ----

    private String typedConstant(Constant c) {
        return type(c.getType()) + " " + constant(c);
    }

    private static String intText(Constant.Int i) {
        if (i.big != null) {
            return i.big.toString();
        }
        if (i.getType() instanceof Type.IntType it && it.bits == 1) {
            return (i.value & 1) != 0 ? "true" : "false";
        }
        if (i.getType() instanceof Type.IntType it && it.bits < 64) {
            // sign-extend from the type's width so readers that store raw or signed bits agree
            long v = i.value << (64 - it.bits) >> (64 - it.bits);
            return Long.toString(v);
        }
        if (i.getType() instanceof Type.IntType it && it.bits > 64) {
            return BigInteger.valueOf(i.value).toString();
        }
        return Long.toString(i.value);
    }

    private static String floatText(Constant.Float f) {
        if (f.x87 != null) {
            StringBuilder sb = new StringBuilder("0xK");
            for (int i = 9; i >= 0; i--) {
                sb.append(String.format("%02X", f.x87[i] & 0xff));
            }
            return sb.toString();
        }
        if (f.getType() instanceof Type.FloatType ft && ft.kind == Type.FloatType.Kind.FLOAT) {
            return String.format("0x%08X", Float.floatToRawIntBits((float) f.value)) + " (" + (float) f.value + ")";
        }
        return String.format("0x%016X", Double.doubleToRawLongBits(f.value)) + " (" + f.value + ")";
    }

    private String constant(Constant c) {
        return switch (c) {
            case GlobalValue g -> !withDebugInfo && g instanceof GlobalVariable v && v.isAnonymousConstant() ? globalName(g) + "=" + constant(v.getInitializer())
                            : globalName(g);
            case Constant.Int i -> intText(i);
            case Constant.Float f -> floatText(f);
            case Constant.Null n -> "null";
            case Constant.Undef u -> u.poison ? "poison" : "undef";
            case Constant.Zero z -> "zeroinitializer";
            case Constant.Aggregate a -> aggregate(a.getType(), a.elements.length, i -> typedConstant(a.elements[i]));
            case Constant.Data d -> data(d);
            case Constant.Cast k -> k.op.name().toLowerCase() + " (" + typedConstant(k.value) + " to " + type(k.getType()) + ")";
            case Constant.Gep g -> {
                StringBuilder sb = new StringBuilder("getelementptr" + (g.inBounds ? " inbounds" : "") + " (" + type(g.sourceElementType) + ", "
                                + typedConstant(g.base));
                for (Constant i : g.indices) {
                    sb.append(", ").append(typedConstant(i));
                }
                yield sb.append(')').toString();
            }
            case Constant.Binary b -> b.op.name().toLowerCase() + " (" + typedConstant(b.lhs) + ", " + typedConstant(b.rhs) + ")";
            case Constant.Compare k -> "cmp " + k.predicate.name().toLowerCase() + " (" + typedConstant(k.lhs) + ", " + typedConstant(k.rhs) + ")";
            case Constant.Select s -> "select (" + typedConstant(s.condition) + ", " + typedConstant(s.ifTrue) + ", " + typedConstant(s.ifFalse) + ")";
            case Constant.ExtractElement e -> "extractelement (" + typedConstant(e.vector) + ", " + typedConstant(e.index) + ")";
            case Constant.BlockAddress b -> "blockaddress(" + globalName(b.function) + ", %bb" + b.blockIndex + ")";
            default -> "<" + c.getClass().getSimpleName() + ">";
        };
    }

    private static String aggregate(Type t, int n, java.util.function.IntFunction<String> element) {
        String open = t instanceof Type.ArrayType ? "[" : t instanceof Type.VectorType ? "<" : "{";
        String close = t instanceof Type.ArrayType ? "]" : t instanceof Type.VectorType ? ">" : "}";
        if (t instanceof Type.StructType s && s.isPacked()) {
            open = "<{";
            close = "}>";
        }
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? ", " : " ").append(element.apply(i));
        }
        return sb.append(n > 0 ? " " : "").append(close).toString();
    }

    /** Data arrays print like aggregates of their elements, except i8 arrays which print as c"...". */
    private String data(Constant.Data d) {
        Type elem = d.getType() instanceof Type.ArrayType a ? a.element : d.getType() instanceof Type.VectorType v ? v.element : null;
        if (d.getType() instanceof Type.ArrayType && elem instanceof Type.IntType it && it.bits == 8) {
            StringBuilder sb = new StringBuilder("c\"");
            for (long e : d.elements) {
                int b = (int) (e & 0xff);
                if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') {
                    sb.append((char) b);
                } else {
                    sb.append(String.format("\\%02X", b));
                }
            }
            return sb.append('"').toString();
        }
        return aggregate(d.getType(), d.elements.length, i -> type(elem) + " " + rawElement(elem, d.elements[i]));
    }

    private static String rawElement(Type elem, long bits) {
        if (elem instanceof Type.IntType it) {
            long v = it.bits < 64 ? bits << (64 - it.bits) >> (64 - it.bits) : bits;
            return Long.toString(v);
        }
        if (elem instanceof Type.FloatType ft && ft.kind == Type.FloatType.Kind.FLOAT) {
            return String.format("0x%08X", bits & 0xffffffffL) + " (" + Float.intBitsToFloat((int) bits) + ")";
        }
        if (elem instanceof Type.FloatType ft && ft.kind == Type.FloatType.Kind.DOUBLE) {
            return String.format("0x%016X", bits) + " (" + Double.longBitsToDouble(bits) + ")";
        }
        return String.format("0x%X", bits);
    }

    // ---- metadata ----

    private String metadataSummary(Metadata m, int depth) {
        if (m == null) {
            return "null";
        }
        return switch (m) {
            case Metadata.Str s -> "!\"" + s.value + "\"";
            case Metadata.ValueRef v -> type(v.value == null ? Type.VOID : v.value.getType()) + " " + ref(v.value);
            case Metadata.DILocalVariable v -> "!DILocalVariable(" + v.name + (v.arg != 0 ? ", arg " + v.arg : "") + ", line " + v.line + ")";
            case Metadata.DIExpression e -> "!DIExpression" + java.util.Arrays.toString(e.ops);
            case Metadata.DISubprogram s -> "!DISubprogram(" + s.name + ", line " + s.line + ")";
            case Metadata.DIGlobalVariableExpression g -> "!DIGlobalVariableExpression(" + metadataSummary(g.variable, depth - 1) + ")";
            case Metadata.DIGlobalVariable g -> "!DIGlobalVariable(" + g.name + ", line " + g.line + ")";
            case Metadata.DILocation l -> "!DILocation(" + location(l) + ")";
            case Metadata.Tuple t -> {
                if (depth <= 0) {
                    yield "!{...}";
                }
                StringBuilder sb = new StringBuilder("!{");
                for (int i = 0; i < t.elements.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(metadataSummary(t.elements.get(i), depth - 1));
                }
                yield sb.append('}').toString();
            }
            case Metadata.Other o -> "!" + o.kind;
            default -> "!" + m.getClass().getSimpleName();
        };
    }

    // ---- types ----

    static String type(Type t) {
        return switch (t) {
            case null -> "<null type>";
            case Type.StructType s when s.name != null -> "%" + s.name;
            case Type.StructType s -> s.isOpaque() ? "{opaque}" : structBody(s.isPacked(), s.fields());
            case Type.PointerType p -> (p.pointee == null ? "ptr" : type(p.pointee) + "*") + (p.addressSpace != 0 ? " addrspace(" + p.addressSpace + ")" : "");
            case Type.ArrayType a -> "[" + a.length + " x " + type(a.element) + "]";
            case Type.VectorType v -> "<" + v.length + " x " + type(v.element) + ">";
            case Type.FunctionType f -> {
                StringBuilder sb = new StringBuilder(type(f.returnType)).append(" (");
                for (int i = 0; i < f.params.length; i++) {
                    sb.append(i > 0 ? ", " : "").append(type(f.params[i]));
                }
                if (f.varArgs) {
                    sb.append(f.params.length > 0 ? ", ..." : "...");
                }
                yield sb.append(')').toString();
            }
            default -> t.toString();
        };
    }

    private static String structBody(boolean packed, Type[] fields) {
        StringBuilder sb = new StringBuilder(packed ? "<{" : "{");
        for (int i = 0; i < fields.length; i++) {
            sb.append(i > 0 ? ", " : " ").append(type(fields[i]));
        }
        return sb.append(fields.length > 0 ? " " : "").append(packed ? "}>" : "}").toString();
    }
}
