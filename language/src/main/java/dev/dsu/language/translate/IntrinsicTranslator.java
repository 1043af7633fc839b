package dev.dsu.language.translate;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.expr.ConstantNode;
import dev.dsu.nodes.fp80.Fp80CastNode;
import dev.dsu.nodes.fp80.Fp80MathNode;
import dev.dsu.nodes.intrinsics.BitIntrinsicNode;
import dev.dsu.nodes.intrinsics.FunnelShiftNode;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;
import dev.dsu.nodes.intrinsics.MemoryIntrinsicNode;
import dev.dsu.nodes.intrinsics.OverflowArithmeticNode;
import dev.dsu.nodes.intrinsics.StackSaveNode;
import dev.dsu.nodes.intrinsics.VaStartNode;
import dev.dsu.nodes.memory.MemoryFault;

/** Translates calls to llvm.* intrinsics. Names carry type suffixes (llvm.ctpop.i32): matched by prefix. */
final class IntrinsicTranslator {
    private final FunctionTranslator fn;

    IntrinsicTranslator(FunctionTranslator fn) {
        this.fn = fn;
    }

    private static String base(String name) {
        // llvm.memcpy.p0.p0.i64 -> memcpy; llvm.sadd.with.overflow.i32 -> sadd.with.overflow
        String s = name.substring("llvm.".length());
        String[] parts = s.split("\\.");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int k = 1; k < parts.length; k++) {
            String p = parts[k];
            if (p.matches("(i\\d+|f\\d+|p\\d+.*|v\\d+.*|f80|f128|nxv.*|isVoid|sl_.*|s_.*)")) {
                break;
            }
            b.append('.').append(p);
        }
        return b.toString();
    }

    CExpressionNode translate(Instruction.Call c, String name) {
        String op = base(name);
        Value[] a = c.arguments;
        Type ret = c.functionType.returnType;
        if (ret instanceof Type.VectorType || (a.length > 0 && a[0].getType() instanceof Type.VectorType)) {
            return VectorTranslator.intrinsic(fn, c, op);
        }
        switch (op) {
            case "dbg.declare", "dbg.value", "dbg.label", "dbg.assign", "lifetime.start", "lifetime.end", "assume", "va_end", "donothing",
                            "invariant.end", "sideeffect", "experimental.noalias.scope.decl", "prefetch":
                return null;
            case "invariant.start":
                return new ConstantNode.LongConstant(0);
            case "expect", "expect.with.probability", "launder.invariant.group", "strip.invariant.group", "ssa.copy":
                return fn.operand(a[0]);
            case "is.constant":
                return new ConstantNode.LongConstant(0);
            case "objectsize":
                // "unknown" answer: -1 for maximum, 0 for minimum
                return new ConstantNode.LongConstant(isTrue(a[1]) ? 0 : -1);
            case "memcpy", "memmove", "memcpy.inline":
                return new MemoryIntrinsicNode(MemoryIntrinsicNode.Op.COPY, fn.program.heap, fn.operand(a[0]), fn.operand(a[1]), fn.operand(a[2]));
            case "memset", "memset.inline":
                return new MemoryIntrinsicNode(MemoryIntrinsicNode.Op.SET, fn.program.heap, fn.operand(a[0]), fn.operand(a[1]), fn.operand(a[2]));
            case "load.relative":
                return new dev.dsu.nodes.intrinsics.LoadRelativeNode(fn.program.heap, fn.program.relativeDifferences, fn.operand(a[0]), fn.operand(a[1]));
            case "stacksave":
                return new StackSaveNode.Save(fn.stackSlot);
            case "stackrestore":
                return new StackSaveNode.Restore(fn.program.heap, fn.stackSlot, fn.operand(a[0]));
            case "va_start":
                return vaStart(a[0]);
            case "va_copy":
                return new MemoryIntrinsicNode(MemoryIntrinsicNode.Op.COPY, fn.program.heap, fn.operand(a[0]), fn.operand(a[1]), new ConstantNode.LongConstant(24));
            case "trap", "debugtrap", "ubsantrap":
                return new TrapNode();
            case "ctpop":
                return bit(BitIntrinsicNode.Op.CTPOP, c, false);
            case "ctlz":
                return bit(BitIntrinsicNode.Op.CTLZ, c, false);
            case "cttz":
                return bit(BitIntrinsicNode.Op.CTTZ, c, false);
            case "bswap":
                return bit(BitIntrinsicNode.Op.BSWAP, c, false);
            case "bitreverse":
                return bit(BitIntrinsicNode.Op.BITREVERSE, c, false);
            case "abs":
                return bit(BitIntrinsicNode.Op.ABS, c, false);
            case "smax":
                return bit(BitIntrinsicNode.Op.SMAX, c, true);
            case "smin":
                return bit(BitIntrinsicNode.Op.SMIN, c, true);
            case "umax":
                return bit(BitIntrinsicNode.Op.UMAX, c, true);
            case "umin":
                return bit(BitIntrinsicNode.Op.UMIN, c, true);
            case "fshl", "fshr":
                return new FunnelShiftNode(op.equals("fshl"), TypeMapping.intBits(ret), fn.operand(a[0]), fn.operand(a[1]), fn.operand(a[2]));
            case "sadd.with.overflow":
                return overflow(OverflowArithmeticNode.Op.SADD, a);
            case "uadd.with.overflow":
                return overflow(OverflowArithmeticNode.Op.UADD, a);
            case "ssub.with.overflow":
                return overflow(OverflowArithmeticNode.Op.SSUB, a);
            case "usub.with.overflow":
                return overflow(OverflowArithmeticNode.Op.USUB, a);
            case "smul.with.overflow":
                return overflow(OverflowArithmeticNode.Op.SMUL, a);
            case "umul.with.overflow":
                return overflow(OverflowArithmeticNode.Op.UMUL, a);
            case "sqrt":
                return math(MathIntrinsicNode.Op.SQRT, c);
            case "fabs":
                return math(MathIntrinsicNode.Op.FABS, c);
            case "floor":
                return math(MathIntrinsicNode.Op.FLOOR, c);
            case "ceil":
                return math(MathIntrinsicNode.Op.CEIL, c);
            case "trunc":
                return math(MathIntrinsicNode.Op.TRUNC, c);
            case "round":
                return math(MathIntrinsicNode.Op.ROUND, c);
            case "roundeven":
                return math(MathIntrinsicNode.Op.ROUNDEVEN, c);
            case "rint", "nearbyint":
                return math(MathIntrinsicNode.Op.RINT, c);
            case "sin":
                return math(MathIntrinsicNode.Op.SIN, c);
            case "cos":
                return math(MathIntrinsicNode.Op.COS, c);
            case "exp":
                return math(MathIntrinsicNode.Op.EXP, c);
            case "exp2":
                return math(MathIntrinsicNode.Op.EXP2, c);
            case "log":
                return math(MathIntrinsicNode.Op.LOG, c);
            case "log2":
                return math(MathIntrinsicNode.Op.LOG2, c);
            case "log10":
                return math(MathIntrinsicNode.Op.LOG10, c);
            case "pow":
                return math(MathIntrinsicNode.Op.POW, c);
            case "copysign":
                return math(MathIntrinsicNode.Op.COPYSIGN, c);
            case "minnum":
                return math(MathIntrinsicNode.Op.MINNUM, c);
            case "maxnum":
                return math(MathIntrinsicNode.Op.MAXNUM, c);
            case "minimum":
                return math(MathIntrinsicNode.Op.MINIMUM, c);
            case "maxnum.f80", "maximum":
                return math(MathIntrinsicNode.Op.MAXIMUM, c);
            case "fma":
                return math(MathIntrinsicNode.Op.FMA, c);
            case "fmuladd":
                return math(MathIntrinsicNode.Op.MULADD, c);
            case "ptrmask":
                // clang 19 aligns va_arg's overflow pointer with it; offsets are the low bits of our pointers
                return new dev.dsu.nodes.expr.IntBinaryNode(dev.dsu.nodes.expr.IntBinaryNode.Op.AND, 64, fn.operand(a[0]), fn.operand(a[1]));
            case "is.fpclass":
                if (TypeMapping.isFp80(a[0].getType())) {
                    return new dev.dsu.nodes.fp80.Fp80ClassTestNode((int) ((dev.dsu.language.ir.Constant.Int) a[1]).value, fn.operand(a[0]));
                }
                return new dev.dsu.nodes.intrinsics.FpClassTestNode((int) ((dev.dsu.language.ir.Constant.Int) a[1]).value,
                                TypeMapping.kindOf(a[0].getType()) == ValueKind.FLOAT, fn.operand(a[0]));
            case "lround", "llround", "lrint", "llrint":
                if (TypeMapping.isFp80(a[0].getType())) {
                    MathIntrinsicNode.Op rounding = op.endsWith("round") ? MathIntrinsicNode.Op.ROUND : MathIntrinsicNode.Op.RINT;
                    return new Fp80CastNode.ToInt(false, TypeMapping.intBits(ret), new Fp80MathNode(rounding, new CExpressionNode[]{fn.operand(a[0])}));
                }
                return op.endsWith("round") ? new dev.dsu.nodes.expr.FloatCastNode.DoubleToInt(false, TypeMapping.intBits(ret), false,
                                mathOnDouble(MathIntrinsicNode.Op.ROUND, a))
                                : new dev.dsu.nodes.expr.FloatCastNode.DoubleToInt(false, TypeMapping.intBits(ret), false,
                                                mathOnDouble(MathIntrinsicNode.Op.RINT, a));
            default:
                break;
        }
        CExpressionNode atomic = AtomicTranslator.intrinsic(fn, c, op);
        if (atomic != null) {
            return atomic;
        }
        throw new IrReadException("unsupported intrinsic " + name + " (in function " + fn.function.getName() + ")");
    }

    private static boolean isTrue(Value v) {
        return v instanceof dev.dsu.language.ir.Constant.Int i && i.value != 0;
    }

    private CExpressionNode bit(BitIntrinsicNode.Op op, Instruction.Call c, boolean binary) {
        return new BitIntrinsicNode(op, TypeMapping.intBits(c.functionType.returnType), fn.operand(c.arguments[0]), binary ? fn.operand(c.arguments[1]) : null);
    }

    private CExpressionNode overflow(OverflowArithmeticNode.Op op, Value[] a) {
        return new OverflowArithmeticNode(op, TypeMapping.intBits(a[0].getType()), fn.operand(a[0]), fn.operand(a[1]));
    }

    private CExpressionNode math(MathIntrinsicNode.Op op, Instruction.Call c) {
        CExpressionNode[] args = new CExpressionNode[c.arguments.length];
        for (int k = 0; k < args.length; k++) {
            args[k] = fn.operand(c.arguments[k]);
        }
        if (TypeMapping.isFp80(c.functionType.returnType)) {
            return new Fp80MathNode(op, args);
        }
        if (TypeMapping.kindOf(c.functionType.returnType) == ValueKind.FLOAT) {
            return new MathIntrinsicNode.OnFloat(op, args);
        }
        return new MathIntrinsicNode.OnDouble(op, args);
    }

    private CExpressionNode mathOnDouble(MathIntrinsicNode.Op op, Value[] a) {
        CExpressionNode arg = fn.operand(a[0]);

        if (TypeMapping.kindOf(a[0].getType()) == ValueKind.FLOAT) {
            arg = new dev.dsu.nodes.expr.FloatCastNode.FloatToDouble(arg);
        }
        return new MathIntrinsicNode.OnDouble(op, new CExpressionNode[]{arg});
    }

    private CExpressionNode vaStart(Value list) {
        int gp = 0;
        int fp = 0;
        for (int k = 0; k < fn.function.functionType.params.length; k++) {
            Type t = fn.function.functionType.params[k];
            if (fn.function.getAttributes().param(k).byValType != null) {
                continue;
            }
            ValueKind kind = TypeMapping.kindOf(t);
            if (kind == ValueKind.LONG) {
                gp++;
            } else if (kind == ValueKind.DOUBLE && !t.equals(Type.X86_FP80) || kind == ValueKind.FLOAT) {
                fp++;
            }
        }
        return new VaStartNode(fn.program.heap, fn.function.functionType.params.length, Math.min(gp, 6), Math.min(fp, 8), fn.stackSlot,
                        fn.operand(list));
    }

    /** llvm.trap: what __builtin_trap does natively (SIGILL). */
    static final class TrapNode extends CExpressionNode.LongValued {
        @Override
        public long executeLong(com.oracle.truffle.api.frame.VirtualFrame frame) {
            throw new MemoryFault("Illegal instruction: __builtin_trap() reached", 132, this);
        }
    }
}
