package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalAlias;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.ParamAttributes;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.call.ByValueArgumentNode;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.call.CallNode;
import dev.dsu.nodes.call.IntegerLibraryFunction;
import dev.dsu.nodes.call.SortCallNode;
import dev.dsu.nodes.intrinsics.CStringCallNode;
import dev.dsu.nodes.intrinsics.DecimalCallNode;
import dev.dsu.nodes.intrinsics.HeapCallNode;
import dev.dsu.nodes.fp80.Fp80ResultNode;

/** Translates call instructions: to C functions, library functions, intrinsics, or through pointers. */
final class CallTranslator {
    private static final Set<String> SETJMP = Set.of("setjmp", "_setjmp", "__sigsetjmp", "sigsetjmp");

    private final FunctionTranslator fn;
    private final IntrinsicTranslator intrinsics;

    CallTranslator(FunctionTranslator fn) {
        this.fn = fn;
        this.intrinsics = new IntrinsicTranslator(fn);
    }

    static Value stripCasts(Value v) {
        Value c = v;
        while (true) {
            if (c instanceof Constant.Cast cast) {
                c = cast.value;
            } else if (c instanceof GlobalAlias a && a.getAliasee() != null) {
                c = a.getAliasee();
            } else {
                return c;
            }
        }
    }

    boolean isSetjmp(Instruction i) {
        return i instanceof Instruction.Call c && stripCasts(c.callee) instanceof Function f && SETJMP.contains(f.getName());
    }

    /** The call's node, or null for intrinsics that do nothing at run time. */
    CExpressionNode translate(Instruction.Call c) {
        CExpressionNode node = translateCall(c);
        String label = fn.labels.callSites.get(c);
        if (node instanceof CallNode call && label != null) {
            call.setContinuationLabel(label);
        }
        return node;
    }

    private CExpressionNode translateCall(Instruction.Call c) {
        Value callee = stripCasts(c.callee);
        Type ret = c.functionType.returnType;
        ValueKind kind = ret == Type.VOID ? ValueKind.LONG : TypeMapping.kindOf(ret);
        int bits = TypeMapping.intBits(ret);
        if (callee instanceof Function f && f.getName().startsWith("llvm.")) {
            return intrinsics.translate(c, f.getName());
        }
        CExpressionNode[] args = arguments(c);
        if (callee instanceof Function f) {
            CFunction target = fn.program.function(f);
            if (target.isDefined()) {
                return new CallNode.Direct(target, args, kind, bits);
            } else if (target.getLibrary() != null) {
                CExpressionNode inline = ExactMathCalls.inline(f.getName(), target.getLibrary(), args, kind);
                if (inline != null) {
                    return inline;
                }
                if (f.getName().equals("qsort") && args.length == 4 && integerArguments(c)) {
                    return new SortCallNode(fn.program.language, fn.program.heap, fn.program.threads, args);
                }
                if (kind == ValueKind.LONG && integerArguments(c)) {
                    CExpressionNode strings = CStringCallNode.forCall(f.getName(), fn.program.heap, args);
                    if (strings != null) {
                        return strings;
                    }
                    CExpressionNode decimal = DecimalCallNode.forCall(f.getName(), fn.program.heap, target.getLibrary(), args, bits);
                    if (decimal != null) {
                        return decimal;
                    }
                }
                if (target.getLibrary() instanceof IntegerLibraryFunction integers && kind == ValueKind.LONG && args.length <= 3 && integerArguments(c)) {
                    // only with the library's own result type: a call declared to answer int gets
                    // the truncation the library call applies
                    CExpressionNode heapCall = bits == 64 ? HeapCallNode.forCall(f.getName(), fn.program.heap, integers, args) : null;
                    if (heapCall != null) {
                        return heapCall;
                    }
                    return new CallNode.IntegerLibrary(integers, fn.program.threads, args, bits);
                }
                CExpressionNode call = new CallNode.Library(target.getLibrary(), fn.program.threads, args, kind, bits);
                // library functions without an exact long double version answer a Double
                return TypeMapping.isFp80(ret) ? new Fp80ResultNode(call) : call;
            }
            return new CallNode.Undefined(f.getName(), args, kind, bits);
        }
        return new CallNode.Indirect(fn.program.heap, fn.operand(c.callee), args, argumentKinds(c), kind, bits);
    }

    /** How each argument of {@link #arguments} is held at run time. */
    private static ValueKind[] argumentKinds(Instruction.Call c) {
        List<ValueKind> kinds = new ArrayList<>();
        for (Value a : c.arguments) {
            if (!(a instanceof MetadataValue)) {
                kinds.add(TypeMapping.kindOf(a.getType()));
            }
        }
        return kinds.toArray(new ValueKind[0]);
    }

    private static boolean integerArguments(Instruction.Call c) {
        for (Value a : c.arguments) {
            if (a instanceof MetadataValue || TypeMapping.kindOf(a.getType()) != ValueKind.LONG || TypeMapping.isFp80(a.getType())) {
                return false;
            }
        }
        return true;
    }

    private CExpressionNode[] arguments(Instruction.Call c) {
        List<CExpressionNode> list = new ArrayList<>();
        for (int k = 0; k < c.arguments.length; k++) {
            Value a = c.arguments[k];
            if (a instanceof MetadataValue) {
                continue;
            }
            CExpressionNode node = fn.operand(a);
            ParamAttributes attrs = c.attributes.param(k);
            if (attrs.byValType != null) {
                long size = fn.program.types.layout().sizeOf(attrs.byValType);
                node = new ByValueArgumentNode(fn.program.heap, size, fn.stackSlot, node);
            }
            list.add(node);
        }
        return list.toArray(new CExpressionNode[0]);
    }
}
