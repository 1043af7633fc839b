package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;
import dev.dsu.nodes.vector.ExtractElementNode;
import dev.dsu.nodes.vector.InsertElementNode;
import dev.dsu.nodes.vector.LaneShape;
import dev.dsu.nodes.vector.MaskedMemoryNode;
import dev.dsu.nodes.vector.VectorAddressNode;
import dev.dsu.nodes.vector.VectorBitcastNode;
import dev.dsu.nodes.vector.VectorConvertNode;
import dev.dsu.nodes.vector.VectorFloatBinaryNode;
import dev.dsu.nodes.vector.VectorFloatCompareNode;
import dev.dsu.nodes.vector.VectorFloatReduceNode;
import dev.dsu.nodes.vector.VectorIntBinaryNode;
import dev.dsu.nodes.vector.VectorIntCompareNode;
import dev.dsu.nodes.vector.VectorIntIntrinsicNode;
import dev.dsu.nodes.vector.VectorMathNode;
import dev.dsu.nodes.vector.VectorNegateNode;
import dev.dsu.nodes.vector.VectorReduceNode;
import dev.dsu.nodes.vector.VectorSelectNode;
import dev.dsu.nodes.vector.VectorShuffleNode;

/**
 * Translates vector instructions and vector intrinsics (what clang's loop and SLP vectorisers
 * emit at -O2). Vectors are long[] (integer and pointer lanes, canonical sign-extended),
 * double[] (double and x86_fp80 lanes) or float[]; every node returns a fresh array.
 */
final class VectorTranslator {
    private VectorTranslator() {
    }

    private static IrReadException unsupported(FunctionTranslator fn, String what) {
        return new IrReadException("vector operation " + what + " is not supported (function " + fn.function.getName() + ")");
    }

    private static Type.VectorType vectorType(Value v) {
        return (Type.VectorType) v.getType();
    }

    private static ValueKind lane(Type.VectorType t) {
        return TypeMapping.kindOf(t.element);
    }

    /** Integer lane width, refusing lanes wider than a long (i128 vectors do not come out of C). */
    private static int laneBits(FunctionTranslator fn, Type.VectorType t) {
        if (lane(t) == ValueKind.OBJECT) {
            throw unsupported(fn, "on " + t);
        }
        return TypeMapping.intBits(t.element);
    }

    static CExpressionNode binary(FunctionTranslator fn, Instruction.Binary b) {
        Type.VectorType t = (Type.VectorType) b.getType();
        CExpressionNode l = fn.operand(b.lhs);
        CExpressionNode r = fn.operand(b.rhs);
        if (t.element instanceof Type.FloatType) {
            return new VectorFloatBinaryNode(InstructionTranslator.floatOp(b.op), lane(t), t.length, l, r);
        }
        return new VectorIntBinaryNode(InstructionTranslator.intOp(b.op), laneBits(fn, t), t.length, l, r);
    }

    static CExpressionNode compare(FunctionTranslator fn, Instruction.Compare c) {
        Type.VectorType t = vectorType(c.lhs);
        CExpressionNode l = fn.operand(c.lhs);
        CExpressionNode r = fn.operand(c.rhs);
        if (c.predicate.isFloat()) {
            return new VectorFloatCompareNode(c.predicate.code, lane(t), t.length, l, r);
        }
        laneBits(fn, t);
        return new VectorIntCompareNode(InstructionTranslator.intPredicate(c.predicate), t.length, l, r);
    }

    static CExpressionNode select(FunctionTranslator fn, Instruction.Select s) {
        Type.VectorType t = (Type.VectorType) s.getType();
        return new VectorSelectNode(lane(t), t.length, fn.operand(s.condition), fn.operand(s.ifTrue), fn.operand(s.ifFalse));
    }

    static CExpressionNode fneg(FunctionTranslator fn, Instruction.FNeg n) {
        Type.VectorType t = (Type.VectorType) n.getType();
        return new VectorNegateNode(lane(t), t.length, fn.operand(n.operand));
    }

    static CExpressionNode cast(FunctionTranslator fn, CastOp op, Value value, Type to) {
        Type from = value.getType();
        CExpressionNode v = fn.operand(value);
        if (op == CastOp.BITCAST || op == CastOp.ADDRSPACECAST) {
            LaneShape source = shapeOf(fn, from);
            LaneShape target = shapeOf(fn, to);
            if (source.totalBits() != target.totalBits()) {
                throw unsupported(fn, "bitcast from " + from + " to " + to);
            }
            if (source.vector == target.vector && source.lane == target.lane && source.laneBits == target.laneBits) {
                return v; // e.g. between vectors of differently typed pointers
            }
            return new VectorBitcastNode(source, target, v);
        }
        if (!(from instanceof Type.VectorType f) || !(to instanceof Type.VectorType t) || f.length != t.length) {
            throw unsupported(fn, "cast " + op + " from " + from + " to " + to);
        }
        VectorConvertNode.Conversion conversion = switch (op) {
            case TRUNC, SEXT, PTRTOINT, INTTOPTR -> VectorConvertNode.Conversion.INT_RESIZE;
            case ZEXT -> VectorConvertNode.Conversion.ZERO_EXTEND;
            case FPTOSI -> VectorConvertNode.Conversion.FP_TO_SIGNED;
            case FPTOUI -> VectorConvertNode.Conversion.FP_TO_UNSIGNED;
            case SITOFP -> VectorConvertNode.Conversion.SIGNED_TO_FP;
            case UITOFP -> VectorConvertNode.Conversion.UNSIGNED_TO_FP;
            case FPTRUNC, FPEXT -> VectorConvertNode.Conversion.FP_RESIZE;
            default -> throw unsupported(fn, "cast " + op);
        };
        int fromBits = f.element instanceof Type.FloatType ? 0 : laneBits(fn, f);
        int toBits = t.element instanceof Type.FloatType ? 0 : laneBits(fn, t);
        return new VectorConvertNode(conversion, fromBits, lane(t), toBits, t.length, v);
    }

    /** How a bitcast sees a value: lanes packed from bit 0 upwards. */
    private static LaneShape shapeOf(FunctionTranslator fn, Type t) {
        if (t instanceof Type.VectorType v) {
            return new LaneShape(lane(v), elementBits(fn, v.element), v.length, true);
        }
        return new LaneShape(TypeMapping.kindOf(t), elementBits(fn, t), 1, false);
    }

    private static int elementBits(FunctionTranslator fn, Type t) {
        if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case FLOAT -> 32;
                case DOUBLE -> 64;
                default -> throw unsupported(fn, "bitcast involving " + t);
            };
        }
        return TypeMapping.intBits(t);
    }

    /**
     * getelementptr with a vector result (the vectorisers build pointer lanes this way). Struct
     * field indices are constants, possibly splat vectors; any other index may be a vector.
     */
    static CExpressionNode gep(FunctionTranslator fn, Instruction.GetElementPtr g) {
        Type.VectorType result = (Type.VectorType) g.getType();
        DataLayout layout = fn.program.types.layout();
        long constant = 0;
        List<CExpressionNode> indices = new ArrayList<>();
        List<Boolean> vectorIndex = new ArrayList<>();
        List<Long> scales = new ArrayList<>();
        Type current = g.sourceElementType;
        for (int k = 0; k < g.indices.length; k++) {
            Value idx = g.indices[k];
            if (k > 0 && current instanceof Type.StructType s) {
                int field = (int) constantIndex(fn, idx);
                constant += layout.fieldOffset(s, field);
                current = s.fields()[field];
                continue;
            }
            Type stepped = GepIndexing.steppedType(current, k);
            if (stepped == null) {
                throw unsupported(fn, "getelementptr into " + current);
            }
            current = stepped;
            long scale = layout.sizeOf(current);
            if (idx instanceof Constant c && !(c instanceof GlobalValue)) {
                Object value = fn.program.constants.evaluate(c);
                if (value instanceof Long l) {
                    constant += l * scale;
                    continue;
                }
            }
            indices.add(fn.operand(idx));
            vectorIndex.add(idx.getType() instanceof Type.VectorType);
            scales.add(scale);
        }
        boolean[] vector = new boolean[vectorIndex.size()];
        for (int k = 0; k < vector.length; k++) {
            vector[k] = vectorIndex.get(k);
        }
        return new VectorAddressNode(result.length, fn.operand(g.base), g.base.getType() instanceof Type.VectorType, constant,
                        indices.toArray(new CExpressionNode[0]), vector, scales.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * A constant getelementptr with a vector result (clang 19 folds address tables into such
     * constants): lane k adds each index's lane k, or its scalar, times the element size.
     */
    static long[] constantGep(ConstantEvaluator constants, DataLayout layout, Constant.Gep gep) {
        int length = ((Type.VectorType) gep.getType()).length;
        long[] r = new long[length];
        Object base = constants.evaluate(gep.base);
        for (int k = 0; k < length; k++) {
            r[k] = base instanceof long[] lanes ? lanes[k] : (Long) base;
        }
        Type current = gep.sourceElementType;
        for (int j = 0; j < gep.indices.length; j++) {
            Object idx = constants.evaluate(gep.indices[j]);
            if (j > 0 && current instanceof Type.StructType s) {
                int field = (int) (idx instanceof long[] lanes ? lanes[0] : (Long) idx);
                for (int k = 0; k < length; k++) {
                    r[k] += layout.fieldOffset(s, field);
                }
                current = s.fields()[field];
                continue;
            }
            Type stepped = GepIndexing.steppedType(current, j);
            if (stepped == null) {
                throw new IrReadException("getelementptr into non-aggregate type " + current);
            }
            current = stepped;
            long scale = layout.sizeOf(current);
            for (int k = 0; k < length; k++) {
                r[k] += (idx instanceof long[] lanes ? lanes[k] : (Long) idx) * scale;
            }
        }
        return r;
    }

    /** A constant lane or struct field number: an integer or a splat vector of one. */
    private static long constantIndex(FunctionTranslator fn, Value idx) {
        if (idx instanceof Constant c) {
            Object value = fn.program.constants.evaluate(c);
            if (value instanceof Long l) {
                return l;
            } else if (value instanceof long[] lanes && lanes.length > 0) {
                return lanes[0];
            }
        }
        throw unsupported(fn, "variable struct index or lane offset");
    }

    static CExpressionNode translate(FunctionTranslator fn, Instruction i) {
        if (i instanceof Instruction.ExtractElement e) {
            return new ExtractElementNode(TypeMapping.kindOf(e.getType()), fn.operand(e.vector), fn.operand(e.index));
        } else if (i instanceof Instruction.InsertElement e) {
            return new InsertElementNode(lane((Type.VectorType) e.getType()), fn.operand(e.vector), fn.operand(e.element), fn.operand(e.index));
        } else if (i instanceof Instruction.ShuffleVector s) {
            Type.VectorType t = (Type.VectorType) s.getType();
            return new VectorShuffleNode(lane(t), vectorType(s.first).length, s.mask.clone(), fn.operand(s.first), fn.operand(s.second));
        }
        throw unsupported(fn, i.getClass().getSimpleName());
    }

    static CExpressionNode intrinsic(FunctionTranslator fn, Instruction.Call c, String name) {
        String op = name.startsWith("experimental.") ? name.substring("experimental.".length()) : name;
        Value[] a = c.arguments;
        switch (op) {
            case "vector.reduce.add":
                return reduce(fn, VectorReduceNode.Op.ADD, a[0]);
            case "vector.reduce.mul":
                return reduce(fn, VectorReduceNode.Op.MUL, a[0]);
            case "vector.reduce.and":
                return reduce(fn, VectorReduceNode.Op.AND, a[0]);
            case "vector.reduce.or":
                return reduce(fn, VectorReduceNode.Op.OR, a[0]);
            case "vector.reduce.xor":
                return reduce(fn, VectorReduceNode.Op.XOR, a[0]);
            case "vector.reduce.smax":
                return reduce(fn, VectorReduceNode.Op.SMAX, a[0]);
            case "vector.reduce.smin":
                return reduce(fn, VectorReduceNode.Op.SMIN, a[0]);
            case "vector.reduce.umax":
                return reduce(fn, VectorReduceNode.Op.UMAX, a[0]);
            case "vector.reduce.umin":
                return reduce(fn, VectorReduceNode.Op.UMIN, a[0]);
            case "vector.reduce.fadd", "vector.reduce.v2.fadd":
                return floatReduce(fn, VectorFloatReduceNode.Op.FADD, a[0], a[1]);
            case "vector.reduce.fmul", "vector.reduce.v2.fmul":
                return floatReduce(fn, VectorFloatReduceNode.Op.FMUL, a[0], a[1]);
            case "vector.reduce.fmax":
                return floatReduce(fn, VectorFloatReduceNode.Op.FMAX, null, a[0]);
            case "vector.reduce.fmin":
                return floatReduce(fn, VectorFloatReduceNode.Op.FMIN, null, a[0]);
            case "vector.reduce.fmaximum":
                return floatReduce(fn, VectorFloatReduceNode.Op.FMAXIMUM, null, a[0]);
            case "vector.reduce.fminimum":
                return floatReduce(fn, VectorFloatReduceNode.Op.FMINIMUM, null, a[0]);
            case "vector.reverse": {
                Type.VectorType t = vectorType(a[0]);
                int[] mask = new int[t.length];
                for (int k = 0; k < mask.length; k++) {
                    mask[k] = t.length - 1 - k;
                }
                return new VectorShuffleNode(lane(t), t.length, mask, fn.operand(a[0]), null);
            }
            case "vector.extract": {
                // a subvector at a constant lane offset: a one-input shuffle
                Type.VectorType t = (Type.VectorType) c.getType();
                int at = (int) constantIndex(fn, a[1]);
                int[] mask = new int[t.length];
                for (int k = 0; k < mask.length; k++) {
                    mask[k] = at + k;
                }
                return new VectorShuffleNode(lane(t), vectorType(a[0]).length, mask, fn.operand(a[0]), null);
            }
            case "vector.insert": {
                Type.VectorType t = (Type.VectorType) c.getType();
                int part = vectorType(a[1]).length;
                int at = (int) constantIndex(fn, a[2]);
                int[] mask = new int[t.length];
                for (int k = 0; k < mask.length; k++) {
                    mask[k] = k >= at && k < at + part ? t.length + k - at : k;
                }
                return new VectorShuffleNode(lane(t), t.length, mask, fn.operand(a[0]), fn.operand(a[1]));
            }
            case "masked.load":
                return masked(fn, MaskedMemoryNode.Op.LOAD, (Type.VectorType) c.getType(), a[0], a[a.length - 2], a[a.length - 1]);
            case "masked.gather":
                return masked(fn, MaskedMemoryNode.Op.GATHER, (Type.VectorType) c.getType(), a[0], a[a.length - 2], a[a.length - 1]);
            case "masked.store":
                return masked(fn, MaskedMemoryNode.Op.STORE, vectorType(a[0]), a[1], a[a.length - 1], a[0]);
            case "masked.scatter":
                return masked(fn, MaskedMemoryNode.Op.SCATTER, vectorType(a[0]), a[1], a[a.length - 1], a[0]);
            default:
                break;
        }
        VectorIntIntrinsicNode.Op intOp = intLaneOp(op);
        if (intOp != null) {
            Type.VectorType t = (Type.VectorType) c.getType();
            return new VectorIntIntrinsicNode(intOp, laneBits(fn, t), t.length, operands(fn, a, intOp.arity()));
        }
        MathIntrinsicNode.Op mathOp = mathLaneOp(op);
        if (mathOp != null) {
            Type.VectorType t = (Type.VectorType) c.getType();
            int arity = switch (mathOp) {
                case FMA -> 3;
                case POW, COPYSIGN, MINNUM, MAXNUM, MINIMUM, MAXIMUM -> 2;
                default -> 1;
            };
            return new VectorMathNode(mathOp, op.equals("fmuladd"), lane(t), t.length, operands(fn, a, arity));
        }
        throw unsupported(fn, "intrinsic llvm." + name);
    }

    private static CExpressionNode[] operands(FunctionTranslator fn, Value[] a, int n) {
        CExpressionNode[] r = new CExpressionNode[n];
        for (int k = 0; k < n; k++) {
            r[k] = fn.operand(a[k]);
        }
        return r;
    }

    private static CExpressionNode reduce(FunctionTranslator fn, VectorReduceNode.Op op, Value vector) {
        Type.VectorType t = vectorType(vector);
        return new VectorReduceNode(op, laneBits(fn, t), t.length, fn.operand(vector));
    }

    private static CExpressionNode floatReduce(FunctionTranslator fn, VectorFloatReduceNode.Op op, Value start, Value vector) {
        Type.VectorType t = vectorType(vector);
        return new VectorFloatReduceNode(op, lane(t), t.length, start == null ? null : fn.operand(start), fn.operand(vector));
    }

    private static CExpressionNode masked(FunctionTranslator fn, MaskedMemoryNode.Op op, Type.VectorType t, Value address, Value mask, Value data) {
        return new MaskedMemoryNode(op, fn.program.heap, fn.program.types.storageOf(t.element), fn.program.types.layout().sizeOf(t.element),
                        fn.operand(address), fn.operand(mask), fn.operand(data));
    }

    private static VectorIntIntrinsicNode.Op intLaneOp(String op) {
        return switch (op) {
            case "ctpop" -> VectorIntIntrinsicNode.Op.CTPOP;
            case "ctlz" -> VectorIntIntrinsicNode.Op.CTLZ;
            case "cttz" -> VectorIntIntrinsicNode.Op.CTTZ;
            case "bswap" -> VectorIntIntrinsicNode.Op.BSWAP;
            case "bitreverse" -> VectorIntIntrinsicNode.Op.BITREVERSE;
            case "abs" -> VectorIntIntrinsicNode.Op.ABS;
            case "smax" -> VectorIntIntrinsicNode.Op.SMAX;
            case "smin" -> VectorIntIntrinsicNode.Op.SMIN;
            case "umax" -> VectorIntIntrinsicNode.Op.UMAX;
            case "umin" -> VectorIntIntrinsicNode.Op.UMIN;
            case "sadd.sat" -> VectorIntIntrinsicNode.Op.SADD_SAT;
            case "uadd.sat" -> VectorIntIntrinsicNode.Op.UADD_SAT;
            case "ssub.sat" -> VectorIntIntrinsicNode.Op.SSUB_SAT;
            case "usub.sat" -> VectorIntIntrinsicNode.Op.USUB_SAT;
            case "fshl" -> VectorIntIntrinsicNode.Op.FSHL;
            case "fshr" -> VectorIntIntrinsicNode.Op.FSHR;
            default -> null;
        };
    }

    private static MathIntrinsicNode.Op mathLaneOp(String op) {
        return switch (op) {
            case "sqrt" -> MathIntrinsicNode.Op.SQRT;
            case "fabs" -> MathIntrinsicNode.Op.FABS;
            case "floor" -> MathIntrinsicNode.Op.FLOOR;
            case "ceil" -> MathIntrinsicNode.Op.CEIL;
            case "trunc" -> MathIntrinsicNode.Op.TRUNC;
            case "round" -> MathIntrinsicNode.Op.ROUND;
            case "roundeven" -> MathIntrinsicNode.Op.ROUNDEVEN;
            case "rint", "nearbyint" -> MathIntrinsicNode.Op.RINT;
            case "sin" -> MathIntrinsicNode.Op.SIN;
            case "cos" -> MathIntrinsicNode.Op.COS;
            case "exp" -> MathIntrinsicNode.Op.EXP;
            case "exp2" -> MathIntrinsicNode.Op.EXP2;
            case "log" -> MathIntrinsicNode.Op.LOG;
            case "log2" -> MathIntrinsicNode.Op.LOG2;
            case "log10" -> MathIntrinsicNode.Op.LOG10;
            case "pow" -> MathIntrinsicNode.Op.POW;
            case "copysign" -> MathIntrinsicNode.Op.COPYSIGN;
            case "minnum" -> MathIntrinsicNode.Op.MINNUM;
            case "maxnum" -> MathIntrinsicNode.Op.MAXNUM;
            case "minimum" -> MathIntrinsicNode.Op.MINIMUM;
            case "maximum" -> MathIntrinsicNode.Op.MAXIMUM;
            case "fma", "fmuladd" -> MathIntrinsicNode.Op.FMA;
            default -> null;
        };
    }
}
