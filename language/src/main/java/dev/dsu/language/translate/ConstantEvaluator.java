package dev.dsu.language.translate;

import java.math.BigInteger;
import java.util.function.ToLongFunction;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.expr.FloatCastNode;
import dev.dsu.nodes.expr.FloatCompareNode;
import dev.dsu.nodes.expr.IntBinaryNode;
import dev.dsu.nodes.expr.IntCompareNode;
import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.WideInt;

/**
 * Computes the run-time value of a constant (in the frame representation) once all globals
 * and functions have addresses.
 */
public final class ConstantEvaluator {
    private final DataLayout layout;
    private final ToLongFunction<GlobalValue> addressOf;

    public ConstantEvaluator(DataLayout layout, ToLongFunction<GlobalValue> addressOf) {
        this.layout = layout;
        this.addressOf = addressOf;
    }

    public Object evaluate(Constant c) {
        Type t = c.getType();
        if (c instanceof GlobalValue g) {
            return addressOf.applyAsLong(g);
        } else if (c instanceof Constant.Int i) {
            int bits = TypeMapping.intBits(t);
            if (bits > 64) {
                return WideInt.normalize(i.big != null ? i.big : BigInteger.valueOf(i.value), bits);
            }
            return IntegerWidth.normalize(i.value, bits);
        } else if (c instanceof Constant.Float f) {
            if (t.equals(Type.FLOAT)) {
                return (float) f.value;
            }
            if (f.x87 != null) {
                return LongDouble.fromBytes(f.x87, 0);
            } else if (TypeMapping.isFp80(t)) {
                return LongDouble.fromDouble(f.value);
            }
            return f.value;
        } else if (c instanceof Constant.Null || c instanceof Constant.Undef || c instanceof Constant.Zero) {
            return zeroOf(t);
        } else if (c instanceof Constant.Aggregate a) {
            return aggregate(t, a.elements.length, k -> evaluate(a.elements[k]));
        } else if (c instanceof Constant.Data d) {
            Type element = elementType(t);
            return aggregate(t, d.elements.length, k -> fromBits(element, d.elements[k]));
        } else if (c instanceof Constant.Cast cast) {
            return evaluateCast(cast);
        } else if (c instanceof Constant.Gep gep && gep.getType() instanceof Type.VectorType) {
            return VectorTranslator.constantGep(this, layout, gep);
        } else if (c instanceof Constant.Gep gep) {
            long base = (Long) evaluate(gep.base);
            return base + gepOffset(gep.sourceElementType, gep.indices);
        } else if (c instanceof Constant.Binary b) {
            return evaluateBinary(b);
        } else if (c instanceof Constant.Compare cmp) {
            return evaluateCompare(cmp);
        } else if (c instanceof Constant.Select s) {
            return ((Long) evaluate(s.condition)) != 0 ? evaluate(s.ifTrue) : evaluate(s.ifFalse);
        } else if (c instanceof Constant.BlockAddress ba) {
            return addressOf.applyAsLong(ba.function) + ba.blockIndex;
        } else if (c instanceof Constant.ExtractElement ee) {
            Object v = evaluate(ee.vector);
            int idx = (int) (long) (Long) evaluate(ee.index);
            if (v instanceof long[] l) {
                return l[idx];
            } else if (v instanceof double[] d) {
                return d[idx];
            }
            return ((float[]) v)[idx];
        }
        throw new IrReadException("unsupported constant " + c);
    }

    private static Type elementType(Type t) {
        if (t instanceof Type.ArrayType a) {
            return a.element;
        } else if (t instanceof Type.VectorType v) {
            return v.element;
        }
        throw new IrReadException("data constant of non-sequential type " + t);
    }

    private static Object fromBits(Type element, long bits) {
        if (element.equals(Type.FLOAT)) {
            return Float.intBitsToFloat((int) bits);
        } else if (element.equals(Type.DOUBLE)) {
            return Double.longBitsToDouble(bits);
        }
        return IntegerWidth.normalize(bits, TypeMapping.intBits(element));
    }

    private interface ElementSource {
        Object get(int k);
    }

    private static Object aggregate(Type t, int n, ElementSource source) {
        if (t instanceof Type.VectorType v) {
            if (v.element.equals(Type.FLOAT)) {
                float[] r = new float[n];
                for (int k = 0; k < n; k++) {
                    r[k] = (Float) source.get(k);
                }
                return r;
            } else if (v.element instanceof Type.FloatType) {
                double[] r = new double[n];
                for (int k = 0; k < n; k++) {
                    r[k] = (Double) source.get(k);
                }
                return r;
            }
            long[] r = new long[n];
            for (int k = 0; k < n; k++) {
                r[k] = (Long) source.get(k);
            }
            return r;
        }
        Object[] r = new Object[n];
        for (int k = 0; k < n; k++) {
            r[k] = source.get(k);
        }
        return r;
    }

    public static Object zeroOf(Type t) {
        if (t instanceof Type.IntType i) {
            return i.bits <= 64 ? (Object) 0L : BigInteger.ZERO;
        } else if (t instanceof Type.PointerType) {
            return 0L;
        } else if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case FLOAT -> 0.0f;
                case X86_FP80 -> LongDouble.ZERO;
                default -> 0.0;
            };
        } else if (t instanceof Type.VectorType v) {
            if (v.element.equals(Type.FLOAT)) {
                return new float[v.length];
            } else if (v.element instanceof Type.FloatType) {
                return new double[v.length];
            }
            return new long[v.length];
        } else if (t instanceof Type.StructType s) {
            Object[] r = new Object[s.fields().length];
            for (int k = 0; k < r.length; k++) {
                r[k] = zeroOf(s.fields()[k]);
            }
            return r;
        } else if (t instanceof Type.ArrayType a) {
            Object[] r = new Object[(int) a.length];
            for (int k = 0; k < r.length; k++) {
                r[k] = zeroOf(a.element);
            }
            return r;
        }
        return null;
    }

    /** Byte offset of a GEP's constant indices over its source element type. */
    public long gepOffset(Type sourceElementType, Constant[] indices) {
        long offset = 0;
        Type current = sourceElementType;
        for (int k = 0; k < indices.length; k++) {
            long idx = (Long) evaluate(indices[k]);
            if (k > 0 && current instanceof Type.StructType s) {
                offset += layout.fieldOffset(s, (int) idx);
                current = s.fields()[(int) idx];
                continue;
            }
            Type stepped = GepIndexing.steppedType(current, k);
            if (stepped == null) {
                throw new IrReadException("getelementptr into non-aggregate type " + current);
            }
            current = stepped;
            offset += idx * layout.sizeOf(current);
        }
        return offset;
    }

    private Object evaluateCast(Constant.Cast cast) {
        Type to = cast.getType();
        Type from = cast.value.getType();
        Object v = evaluate(cast.value);
        switch (cast.op) {
            case TRUNC:
            case SEXT:
            case PTRTOINT:
            case INTTOPTR:
                return IntegerWidth.normalize(toLong(v), TypeMapping.intBits(to));
            case ZEXT:
                return IntegerWidth.normalize(IntegerWidth.zeroExtend(toLong(v), TypeMapping.intBits(from)), TypeMapping.intBits(to));
            case BITCAST:
            case ADDRSPACECAST:
                if (to.equals(Type.DOUBLE) && v instanceof Long l) {
                    return Double.longBitsToDouble(l);
                } else if (to.equals(Type.FLOAT) && v instanceof Long l) {
                    return Float.intBitsToFloat((int) (long) l);
                } else if (to instanceof Type.IntType && v instanceof Double d) {
                    return Double.doubleToRawLongBits(d);
                } else if (to instanceof Type.IntType && v instanceof Float f) {
                    return (long) Float.floatToRawIntBits(f);
                }
                return v;
            case FPTOSI:
            case FPTOUI:
            case SITOFP:
            case UITOFP:
            case FPTRUNC:
            case FPEXT:
                if (TypeMapping.isFp80(from) || TypeMapping.isFp80(to)) {
                    return fp80Cast(cast.op, v, from, to);
                }
                break;
            default:
                break;
        }
        switch (cast.op) {
            case FPTOSI:
            case FPTOUI:
                return FloatCastNode.DoubleToInt.convert(((Number) v).doubleValue(), cast.op == dev.dsu.language.ir.CastOp.FPTOUI, TypeMapping.intBits(to));
            case SITOFP:
            case UITOFP: {
                double d = FloatCastNode.IntToDouble.toDouble(toLong(v), cast.op == dev.dsu.language.ir.CastOp.UITOFP, TypeMapping.intBits(from));
                return to.equals(Type.FLOAT) ? (Object) (float) d : (Object) d;
            }
            case FPTRUNC:
            case FPEXT: {
                double d = ((Number) v).doubleValue();
                return to.equals(Type.FLOAT) ? (Object) (float) d : (Object) d;
            }
            default:
                throw new IrReadException("unsupported constant cast " + cast.op);
        }
    }

    /** Constant casts from or to long double, as the run-time cast nodes compute them. */
    private static Object fp80Cast(dev.dsu.language.ir.CastOp op, Object v, Type from, Type to) {
        boolean unsigned = op == dev.dsu.language.ir.CastOp.UITOFP || op == dev.dsu.language.ir.CastOp.FPTOUI;
        if (TypeMapping.isFp80(to)) {
            if (v instanceof LongDouble l) {
                return l;
            } else if (v instanceof Float f) {
                return LongDouble.fromFloat(f);
            } else if (v instanceof Double d) {
                return LongDouble.fromDouble(d);
            } else if (v instanceof BigInteger b) {
                int bits = TypeMapping.intBits(from);
                return LongDouble.fromBigInteger(unsigned ? WideInt.unsigned(b, bits) : b);
            }
            long l = (Long) v;
            return unsigned ? LongDouble.fromUnsignedLong(IntegerWidth.zeroExtend(l, TypeMapping.intBits(from))) : LongDouble.fromLong(l);
        }
        LongDouble l = (LongDouble) v;
        if (to.equals(Type.FLOAT)) {
            return l.toFloat();
        } else if (to instanceof Type.FloatType) {
            return l.toDouble();
        }
        int bits = TypeMapping.intBits(to);
        if (bits > 64) {
            BigInteger t = l.truncateToBigInteger();
            return WideInt.normalize(t == null ? BigInteger.ONE.shiftLeft(bits - 1) : t, bits);
        }
        return IntegerWidth.normalize(unsigned ? l.toUnsignedInteger(bits) : l.toSignedInteger(bits), bits);
    }

    private static long toLong(Object v) {
        return v instanceof BigInteger b ? b.longValue() : (Long) v;
    }

    private Object evaluateBinary(Constant.Binary b) {
        Object l = evaluate(b.lhs);
        Object r = evaluate(b.rhs);
        if (l instanceof Long a && r instanceof Long c) {
            IntBinaryNode.Op op = InstructionTranslator.intOp(b.op);
            return IntBinaryNode.compute(op, TypeMapping.intBits(b.getType()), a, c, null);
        }
        throw new IrReadException("unsupported constant expression " + b.op + " on " + b.getType());
    }

    private Object evaluateCompare(Constant.Compare cmp) {
        Object l = evaluate(cmp.lhs);
        Object r = evaluate(cmp.rhs);
        if (cmp.predicate.isFloat() && l instanceof LongDouble a && r instanceof LongDouble b) {
            return LongDouble.compare(cmp.predicate.code, a, b) ? -1L : 0L;
        }
        if (cmp.predicate.isFloat()) {
            return FloatCompareNode.compare(cmp.predicate.code, ((Number) l).doubleValue(), ((Number) r).doubleValue()) ? -1L : 0L;
        }
        return IntCompareNode.compare(InstructionTranslator.intPredicate(cmp.predicate), (Long) l, (Long) r) ? -1L : 0L;
    }
}
