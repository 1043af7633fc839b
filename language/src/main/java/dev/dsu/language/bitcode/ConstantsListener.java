package dev.dsu.language.bitcode;

import java.math.BigInteger;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * CONSTANTS_BLOCK at module and function level. Each record reserves the next value id; the
 * constant itself is built when first used or when the block ends (see {@link PendingConstant}).
 */
final class ConstantsListener implements BlockListener, ValueTable.ConstantBuilder {
    private static final int SETTYPE = 1;
    private static final int NULL = 2;
    private static final int UNDEF = 3;
    private static final int INTEGER = 4;
    private static final int WIDE_INTEGER = 5;
    private static final int FLOAT = 6;
    private static final int AGGREGATE = 7;
    private static final int STRING = 8;
    private static final int CSTRING = 9;
    private static final int CE_BINOP = 10;
    private static final int CE_CAST = 11;
    private static final int CE_GEP_OLD = 12;
    private static final int CE_SELECT = 13;
    private static final int CE_EXTRACTELT = 14;
    private static final int CE_CMP = 17;
    private static final int CE_INBOUNDS_GEP = 20;
    private static final int BLOCKADDRESS = 21;
    private static final int DATA = 22;
    private static final int CE_GEP_WITH_INRANGE_INDEX_OLD = 24;
    private static final int POISON = 26;
    private static final int CE_GEP_WITH_INRANGE = 31;
    private static final int CE_GEP = 32;

    private final ModuleContext ctx;
    private final int firstId;
    private Type current;

    ConstantsListener(ModuleContext ctx) {
        this.ctx = ctx;
        this.firstId = ctx.values.size();
        ctx.values.setConstantBuilder(this);
    }

    @Override
    public void record(Record r) {
        if (r.code == SETTYPE) {
            current = ctx.type(r.get(0));
            return;
        }
        if (current == null) {
            throw new IrReadException("constant record code " + r.code + " before SETTYPE");
        }
        long[] ops = r.copy();
        if (r.blob != null) {
            throw new IrReadException("unexpected blob in constant record code " + r.code);
        }
        ctx.values.add(new PendingConstant(current, r.code, ops));
    }

    @Override
    public void exitBlock() {
        for (int id = firstId; id < ctx.values.size(); id++) {
            if (ctx.values.rawSlot(id) instanceof PendingConstant p) {
                ctx.values.buildConstant(id, p);
            }
        }
    }

    @Override
    public Constant build(int id, PendingConstant p) {
        try {
            return buildChecked(p);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IrReadException("constant record code " + p.code + " has too few operands");
        }
    }

    private Constant get(long id, Type type) {
        return ctx.values.getConstant(id, type);
    }

    private Constant buildChecked(PendingConstant p) {
        Type t = p.getType();
        long[] o = p.ops;
        return switch (p.code) {
            case NULL -> zeroOf(t);
            case UNDEF -> new Constant.Undef(t, false);
            case POISON -> new Constant.Undef(t, true);
            case INTEGER -> {
                long v = Record.decodeSigned(o[0]);
                // i1 true is stored sign-extended (-1); the model, like the text reader, uses 1.
                yield new Constant.Int(t, t instanceof Type.IntType it && it.bits == 1 ? v & 1 : v);
            }
            case WIDE_INTEGER -> new Constant.Int(t, wide(o, 0, o.length, ((Type.IntType) t).bits));
            case FLOAT -> floatConstant(t, o);
            case AGGREGATE -> {
                Constant[] elements = new Constant[o.length];
                for (int i = 0; i < o.length; i++) {
                    elements[i] = get(o[i], TypeUtil.aggregateMember(t, i));
                }
                yield new Constant.Aggregate(t, elements);
            }
            case STRING, CSTRING -> {
                long[] data = new long[o.length + (p.code == CSTRING ? 1 : 0)];
                for (int i = 0; i < o.length; i++) {
                    data[i] = o[i] & 0xFF;
                }
                yield new Constant.Data(t, data);
            }
            case DATA -> new Constant.Data(t, o.clone());
            case CE_BINOP -> new Constant.Binary(t, Operators.binOp(o[0], t), get(o[1], t), get(o[2], t));
            case CE_CAST -> new Constant.Cast(t, Operators.castOp(o[0]), get(o[2], ctx.type(o[1])));
            case CE_GEP_OLD, CE_INBOUNDS_GEP, CE_GEP_WITH_INRANGE_INDEX_OLD, CE_GEP_WITH_INRANGE, CE_GEP -> gep(p.code, o);
            case CE_SELECT -> {
                Constant cond = get(o[0], Type.I1);
                yield new Constant.Select(t, cond, get(o[1], t), get(o[2], t));
            }
            case CE_EXTRACTELT -> {
                Type vecType = ctx.type(o[0]);
                Constant vec = get(o[1], vecType);
                Constant idx = o.length >= 4 ? get(o[3], ctx.type(o[2])) : get(o[2], Type.I32);
                yield new Constant.ExtractElement(t, vec, idx);
            }
            case CE_CMP -> {
                Type opType = ctx.type(o[0]);
                yield new Constant.Compare(t, Operators.predicate(o[3]), get(o[1], opType), get(o[2], opType));
            }
            case BLOCKADDRESS -> {
                Value fn = ctx.values.get(o[1], null);
                if (!(fn instanceof Function f)) {
                    throw new IrReadException("blockaddress of a non-function value");
                }
                yield new Constant.BlockAddress(t, f, (int) o[2]);
            }
            default -> throw new IrReadException("unsupported constant record code " + p.code + describe(p.code));
        };
    }

    private static String describe(int code) {
        return switch (code) {
            case 18, 23, 28, 30 -> " (inline asm)";
            case 15 -> " (constant insertelement)";
            case 16, 19 -> " (constant shufflevector)";
            case 25 -> " (constant unary operator)";
            case 27 -> " (dso_local_equivalent)";
            case 29 -> " (no_cfi)";
            case 33 -> " (ptrauth)";
            default -> "";
        };
    }

    private Constant gep(int code, long[] o) {
        int i = 0;
        Type sourceElement = null;
        boolean explicitType = code == CE_GEP_WITH_INRANGE_INDEX_OLD || code == CE_GEP_WITH_INRANGE || code == CE_GEP || o.length % 2 == 1;
        if (explicitType) {
            sourceElement = ctx.type(o[i++]);
        }
        boolean inBounds = code == CE_INBOUNDS_GEP;
        if (code == CE_GEP_WITH_INRANGE_INDEX_OLD || code == CE_GEP) {
            inBounds = (o[i++] & 1) != 0;
        } else if (code == CE_GEP_WITH_INRANGE) {
            inBounds = (o[i++] & 1) != 0;
            long bitWidth = o[i++];
            if (bitWidth > 64) {
                long active = o[i++];
                i += (int) ((active & 0xFFFFFFFFL) + (active >>> 32));
            } else {
                i += 2;
            }
        }
        int n = (o.length - i) / 2;
        if (n < 1) {
            throw new IrReadException("constant getelementptr without a base pointer");
        }
        Constant base = get(o[i + 1], ctx.type(o[i]));
        i += 2;
        Constant[] indices = new Constant[n - 1];
        for (int k = 0; k < n - 1; k++) {
            indices[k] = get(o[i + 1], ctx.type(o[i]));
            i += 2;
        }
        if (sourceElement == null) {
            sourceElement = TypeUtil.pointee(TypeUtil.scalar(base.getType()));
            if (sourceElement == null) {
                throw new IrReadException("constant getelementptr without a source element type");
            }
        }
        Type result = TypeUtil.gepResult(ctx, sourceElement, base, indices);
        return new Constant.Gep(result, sourceElement, base, indices, inBounds);
    }

    static Constant zeroOf(Type t) {
        if (t instanceof Type.IntType) {
            return new Constant.Int(t, 0);
        } else if (t instanceof Type.FloatType f) {
            return f.kind == Type.FloatType.Kind.X86_FP80 ? new Constant.Float(t, 0.0, new byte[10]) : new Constant.Float(t, 0.0);
        } else if (t instanceof Type.PointerType) {
            return new Constant.Null(t);
        }
        return new Constant.Zero(t);
    }

    /** Wide APInts are stored as their 64-bit words, each sign-rotated on its own. */
    static BigInteger wide(long[] words, int from, int count, int bitWidth) {
        BigInteger v = BigInteger.ZERO;
        for (int k = count - 1; k >= 0; k--) {
            long w = Record.decodeSigned(words[from + k]);
            v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(w)));
        }
        BigInteger modulus = BigInteger.ONE.shiftLeft(bitWidth);
        v = v.mod(modulus);
        if (v.testBit(bitWidth - 1)) {
            v = v.subtract(modulus);
        }
        return v;
    }

    private static Constant floatConstant(Type t, long[] o) {
        if (!(t instanceof Type.FloatType ft)) {
            throw new IrReadException("float constant of non-float type " + t);
        }
        return switch (ft.kind) {
            case HALF -> new Constant.Float(t, Float.float16ToFloat((short) o[0]));
            case BFLOAT -> new Constant.Float(t, Float.intBitsToFloat((int) (o[0] << 16)));
            case FLOAT -> new Constant.Float(t, Float.intBitsToFloat((int) o[0]));
            case DOUBLE -> new Constant.Float(t, Double.longBitsToDouble(o[0]));
            case X86_FP80 -> {
                long mantissa = (o[1] & 0xFFFFL) | (o[0] << 16);
                int signExp = (int) (o[0] >>> 48) & 0xFFFF;
                byte[] bytes = new byte[10];
                for (int k = 0; k < 8; k++) {
                    bytes[k] = (byte) (mantissa >>> (8 * k));
                }
                bytes[8] = (byte) signExp;
                bytes[9] = (byte) (signExp >>> 8);
                yield new Constant.Float(t, fp80ToDouble(signExp, mantissa), bytes);
            }
            case FP128 -> new Constant.Float(t, fp128ToDouble(o[0], o[1]));
            default -> throw new IrReadException("unsupported floating point constant type " + t);
        };
    }

    static double fp80ToDouble(int signExp, long mantissa) {
        boolean negative = (signExp & 0x8000) != 0;
        int exp = signExp & 0x7FFF;
        double result;
        if (exp == 0x7FFF) {
            result = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            double m = (mantissa >>> 11) * 0x1p-52; // the top 53 bits with the explicit integer bit
            result = Math.scalb(m, (exp == 0 ? 1 : exp) - 16383);
        }
        return negative ? -result : result;
    }

    private static double fp128ToDouble(long low, long high) {
        boolean negative = high < 0;
        int exp = (int) (high >>> 48) & 0x7FFF;
        long fracHigh = high & 0xFFFF_FFFF_FFFFL;
        double result;
        if (exp == 0x7FFF) {
            result = (fracHigh | low) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            double frac = (fracHigh * 0x1p-48) + ((low >>> 11) * 0x1p-101);
            result = Math.scalb((exp == 0 ? 0 : 1) + frac, (exp == 0 ? 1 : exp) - 16383);
        }
        return negative ? -result : result;
    }
}
