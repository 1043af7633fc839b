package dev.dsu.language.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.CmpPredicate;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Values written after their type: literals, aggregates, strings, globals, constant expressions
 * and (inside functions) local names.
 */
final class ConstantParser {
    private final ReaderState state;

    ConstantParser(ReaderState state) {
        this.state = state;
    }

    /** {@code <type> <value>}. */
    Value typedValue(Locals locals) {
        Type t = state.types.parse();
        return value(t, locals);
    }

    Constant typedConstant() {
        Type t = state.types.parse();
        return constant(t);
    }

    Constant constant(Type type) {
        Value v = value(type, null);
        if (!(v instanceof Constant k)) {
            throw state.cursor.error("expected a constant");
        }
        return k;
    }

    Value value(Type type, Locals locals) {
        Cursor c = state.cursor;
        Token t = c.peek();
        switch (t.kind()) {
            case LOCAL_ID:
                c.next();
                if (locals == null) {
                    throw c.errorAt(t, "local value outside of a function body");
                }
                return locals.value(t.text(), type, t);
            case GLOBAL_ID:
                c.next();
                return global(t);
            case INTEGER:
                c.next();
                if (type instanceof Type.FloatType) {
                    return FloatLiterals.parse(c, t, type);
                }
                return integer(type, new BigInteger(t.text()));
            case FLOAT:
            case HEX_FLOAT:
                c.next();
                if (t.kind() == Token.Kind.HEX_FLOAT && type instanceof Type.IntType) {
                    return integer(type, new BigInteger(t.text().substring(2), 16));
                }
                return FloatLiterals.parse(c, t, type);
            case CSTRING: {
                c.next();
                byte[] b = Strings.bytes(t.text());
                long[] e = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    e[i] = b[i] & 0xff;
                }
                return new Constant.Data(type, e);
            }
            case PUNCT:
                if (t.isPunct("[")) {
                    return aggregate(type, "[", "]", locals);
                }
                if (t.isPunct("{")) {
                    return aggregate(type, "{", "}", locals);
                }
                if (t.isPunct("<")) {
                    if (c.peek(1).isPunct("{")) {
                        c.next();
                        Constant a = aggregate(type, "{", "}", locals);
                        c.expectPunct(">");
                        return a;
                    }
                    return aggregate(type, "<", ">", locals);
                }
                break;
            case KEYWORD:
                return keywordValue(type, locals);
            default:
                break;
        }
        throw c.error("expected a value of type " + type);
    }

    private Constant global(Token t) {
        GlobalValue g = state.globals.get(t.text());
        if (g == null) {
            throw state.cursor.errorAt(t, "undefined global '@" + t.text() + "'");
        }
        return g;
    }

    static Constant.Int integer(Type type, BigInteger v) {
        if (type instanceof Type.IntType it && it.bits > 64) {
            return new Constant.Int(type, v);
        }
        return new Constant.Int(type, v.longValue());
    }

    private Constant aggregate(Type type, String open, String close, Locals locals) {
        Cursor c = state.cursor;
        c.expectPunct(open);
        List<Value> elems = new ArrayList<>();
        if (!c.acceptPunct(close)) {
            do {
                elems.add(typedValue(locals));
            } while (c.acceptPunct(","));
            c.expectPunct(close);
        }
        Constant[] cs = new Constant[elems.size()];
        for (int i = 0; i < cs.length; i++) {
            if (!(elems.get(i) instanceof Constant k)) {
                throw c.error("aggregate elements must be constants");
            }
            cs[i] = k;
        }
        return sequence(type, cs);
    }

    /** Arrays and vectors of plain numbers become {@link Constant.Data}, as LLVM stores them. */
    static Constant sequence(Type type, Constant[] cs) {
        Type elem = type instanceof Type.ArrayType a ? a.element : type instanceof Type.VectorType v ? v.element : null;
        if (elem != null && cs.length > 0 && dataCompatible(elem)) {
            long[] raw = new long[cs.length];
            for (int i = 0; i < cs.length; i++) {
                if (cs[i] instanceof Constant.Int ci) {
                    raw[i] = ci.value;
                    int bits = ((Type.IntType) elem).bits;
                    if (bits < 64) {
                        raw[i] &= (1L << bits) - 1;
                    }
                } else if (cs[i] instanceof Constant.Float cf) {
                    raw[i] = floatBits((Type.FloatType) elem, cf.value);
                } else {
                    return new Constant.Aggregate(type, cs);
                }
            }
            return new Constant.Data(type, raw);
        }
        return new Constant.Aggregate(type, cs);
    }

    static boolean dataCompatible(Type elem) {
        if (elem instanceof Type.IntType i) {
            return i.bits == 8 || i.bits == 16 || i.bits == 32 || i.bits == 64;
        }
        if (elem instanceof Type.FloatType f) {
            return f.kind == Type.FloatType.Kind.FLOAT || f.kind == Type.FloatType.Kind.DOUBLE || f.kind == Type.FloatType.Kind.HALF
                            || f.kind == Type.FloatType.Kind.BFLOAT;
        }
        return false;
    }

    static long floatBits(Type.FloatType t, double v) {
        return switch (t.kind) {
            case FLOAT -> Float.floatToRawIntBits((float) v) & 0xffffffffL;
            case HALF -> Float.floatToFloat16((float) v) & 0xffffL;
            case BFLOAT -> (Float.floatToRawIntBits((float) v) >>> 16) & 0xffffL;
            default -> Double.doubleToRawLongBits(v);
        };
    }

    private Value keywordValue(Type type, Locals locals) {
        Cursor c = state.cursor;
        Token t = c.next();
        String k = t.text();
        switch (k) {
            case "true":
                return new Constant.Int(type, 1);
            case "false":
                return new Constant.Int(type, 0);
            case "null":
                return new Constant.Null(type);
            case "none":
                return new Constant.Null(type);
            case "undef":
                return new Constant.Undef(type, false);
            case "poison":
                return new Constant.Undef(type, true);
            case "zeroinitializer":
                return new Constant.Zero(type);
            case "dso_local_equivalent":
            case "no_cfi":
                return global(c.expect(Token.Kind.GLOBAL_ID, "a global name"));
            case "blockaddress":
                return blockAddress(type);
            case "splat": {
                c.expectPunct("(");
                Constant e = typedConstant();
                c.expectPunct(")");
                int n = type instanceof Type.VectorType v ? v.length : 0;
                Constant[] cs = new Constant[n];
                java.util.Arrays.fill(cs, e);
                return sequence(type, cs);
            }
            case "getelementptr":
                return gep(t);
            case "select": {
                c.expectPunct("(");
                Constant cond = typedConstant();
                c.expectPunct(",");
                Constant a = typedConstant();
                c.expectPunct(",");
                Constant b = typedConstant();
                c.expectPunct(")");
                return new Constant.Select(a.getType(), cond, a, b);
            }
            case "extractelement": {
                c.expectPunct("(");
                Constant vec = typedConstant();
                c.expectPunct(",");
                Constant idx = typedConstant();
                c.expectPunct(")");
                Type et = vec.getType() instanceof Type.VectorType vt ? vt.element : type;
                return new Constant.ExtractElement(et, vec, idx);
            }
            case "icmp":
            case "fcmp": {
                CmpPredicate p = Predicates.parse(c, k.equals("fcmp"));
                c.expectPunct("(");
                Constant a = typedConstant();
                c.expectPunct(",");
                Constant b = typedConstant();
                c.expectPunct(")");
                return new Constant.Compare(Predicates.resultType(a.getType()), p, a, b);
            }
            default:
                break;
        }
        CastOp cast = Opcodes.cast(k);
        if (cast != null) {
            Opcodes.skipFlags(c);
            c.expectPunct("(");
            Constant v = typedConstant();
            c.expectKeyword("to");
            Type dest = state.types.parse();
            c.expectPunct(")");
            return new Constant.Cast(dest, cast, v);
        }
        BinOp op = Opcodes.binary(k);
        if (op != null) {
            Opcodes.skipFlags(c);
            c.expectPunct("(");
            Constant a = typedConstant();
            c.expectPunct(",");
            Constant b = typedConstant();
            c.expectPunct(")");
            return new Constant.Binary(a.getType(), op, a, b);
        }
        throw c.errorAt(t, "expected a value of type " + type);
    }

    private Constant blockAddress(Type type) {
        Cursor c = state.cursor;
        c.expectPunct("(");
        Token ft = c.expect(Token.Kind.GLOBAL_ID, "a function name");
        if (!(state.globals.get(ft.text()) instanceof Function f)) {
            throw c.errorAt(ft, "blockaddress needs a defined function");
        }
        c.expectPunct(",");
        Token bt = c.expect(Token.Kind.LOCAL_ID, "a block label");
        c.expectPunct(")");
        FunctionParser.BodyInfo body = state.bodies.get(f);
        int idx = body == null ? -1 : body.blockIndex(bt.text());
        if (idx < 0) {
            throw c.errorAt(bt, "unknown block '%" + bt.text() + "' in @" + ft.text());
        }
        return new Constant.BlockAddress(type, f, idx);
    }

    private Constant gep(Token start) {
        Cursor c = state.cursor;
        boolean inBounds = false;
        while (c.peek().kind() == Token.Kind.KEYWORD) {
            String f = c.peek().text();
            if (f.equals("inbounds")) {
                inBounds = true;
            } else if (f.equals("inrange") && c.peek(1).isPunct("(")) {
                c.next();
                c.skipGroup();
                continue;
            } else if (!f.equals("nuw") && !f.equals("nusw")) {
                break;
            }
            c.next();
        }
        c.expectPunct("(");
        Type source = state.types.parse();
        c.expectPunct(",");
        Constant base = typedConstant();
        List<Constant> idx = new ArrayList<>();
        while (c.acceptPunct(",")) {
            c.acceptKeyword("inrange");
            idx.add(typedConstant());
        }
        c.expectPunct(")");
        Constant[] indices = idx.toArray(new Constant[0]);
        return new Constant.Gep(gepResultType(source, base.getType(), indices), source, base, indices, inBounds);
    }

    /** Pointer result of a GEP: opaque stays ptr; typed pointers point at the indexed element. */
    Type gepResultType(Type source, Type baseType, Value[] indices) {
        int as = baseType instanceof Type.PointerType p ? p.addressSpace : 0;
        if (state.opaquePointers) {
            return baseType instanceof Type.PointerType ? baseType : Type.PTR;
        }
        Type t = source;
        for (int i = 1; i < indices.length; i++) {
            long k = indices[i] instanceof Constant.Int ci ? ci.value : 0;
            Type n = TypeParser.indexInto(t, k);
            if (n == null) {
                break;
            }
            t = n;
        }
        return state.pointerTo(t, as);
    }
}
