package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.Type;

/** Parses LLVM types: primitives, iN, pointers (typed and opaque), arrays, vectors, structs, function types. */
final class TypeParser {
    private final ReaderState state;

    TypeParser(ReaderState state) {
        this.state = state;
    }

    /** True when the current token can start a type. */
    boolean atType() {
        Token t = state.cursor.peek();
        return switch (t.kind()) {
            case LOCAL_ID -> true;
            case PUNCT -> "[".equals(t.text()) || "{".equals(t.text()) || "<".equals(t.text());
            case KEYWORD -> isTypeKeyword(t.text());
            default -> false;
        };
    }

    static boolean isTypeKeyword(String k) {
        switch (k) {
            case "void", "half", "bfloat", "float", "double", "x86_fp80", "fp128", "ppc_fp128", "ptr", "label", "metadata", "token",
                            "x86_mmx", "x86_amx", "opaque":
                return true;
            default:
                return isIntType(k);
        }
    }

    static boolean isIntType(String k) {
        if (k.length() < 2 || k.charAt(0) != 'i') {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            if (!Character.isDigit(k.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    Type parse() {
        Cursor c = state.cursor;
        Type t = parseBase();
        while (true) {
            if (c.acceptPunct("*")) {
                t = state.pointerTo(t, 0);
            } else if (c.peek().isKeyword("addrspace") && c.peek(4).isPunct("*")) {
                int as = addrSpace();
                c.expectPunct("*");
                t = state.pointerTo(t, as);
            } else if (c.peek().isPunct("(")) {
                t = functionTail(t);
            } else {
                return t;
            }
        }
    }

    /** Parses {@code (params...)} after a return type. */
    Type.FunctionType functionTail(Type ret) {
        Cursor c = state.cursor;
        c.expectPunct("(");
        List<Type> params = new ArrayList<>();
        boolean varArgs = false;
        if (!c.acceptPunct(")")) {
            do {
                if (c.acceptPunct("...")) {
                    varArgs = true;
                    break;
                }
                params.add(parse());
                // parameter attributes inside function types are legal but clang never writes them
            } while (c.acceptPunct(","));
            c.expectPunct(")");
        }
        return new Type.FunctionType(ret, params.toArray(new Type[0]), varArgs);
    }

    int addrSpace() {
        Cursor c = state.cursor;
        c.expectKeyword("addrspace");
        c.expectPunct("(");
        int as = (int) c.integer("address space number");
        c.expectPunct(")");
        return as;
    }

    private Type parseBase() {
        Cursor c = state.cursor;
        Token t = c.peek();
        switch (t.kind()) {
            case LOCAL_ID:
                c.next();
                return state.namedStruct(t.text());
            case PUNCT:
                if (t.isPunct("[")) {
                    c.next();
                    long n = c.integer("array length");
                    c.expectKeyword("x");
                    Type e = parse();
                    c.expectPunct("]");
                    return new Type.ArrayType(e, n);
                }
                if (t.isPunct("{")) {
                    return new Type.StructType(null, false, structBody());
                }
                if (t.isPunct("<")) {
                    if (c.peek(1).isPunct("{")) {
                        c.next();
                        Type[] f = structBody();
                        c.expectPunct(">");
                        return new Type.StructType(null, true, f);
                    }
                    c.next();
                    if (c.peek().isKeyword("vscale")) {
                        throw c.error("scalable vectors are not supported");
                    }
                    int n = (int) c.integer("vector length");
                    c.expectKeyword("x");
                    Type e = parse();
                    c.expectPunct(">");
                    return new Type.VectorType(e, n);
                }
                break;
            case KEYWORD: {
                String k = t.text();
                Type simple = switch (k) {
                    case "void" -> Type.VOID;
                    case "half" -> new Type.FloatType(Type.FloatType.Kind.HALF);
                    case "bfloat" -> new Type.FloatType(Type.FloatType.Kind.BFLOAT);
                    case "float" -> Type.FLOAT;
                    case "double" -> Type.DOUBLE;
                    case "x86_fp80" -> Type.X86_FP80;
                    case "fp128" -> new Type.FloatType(Type.FloatType.Kind.FP128);
                    case "ppc_fp128" -> new Type.FloatType(Type.FloatType.Kind.PPC_FP128);
                    case "label" -> Type.LABEL;
                    case "metadata" -> Type.METADATA;
                    case "token" -> Type.TOKEN;
                    case "x86_mmx", "x86_amx" -> new Type.Simple(k);
                    default -> null;
                };
                if (simple != null) {
                    c.next();
                    return simple;
                }
                if (k.equals("ptr")) {
                    c.next();
                    if (c.peek().isKeyword("addrspace")) {
                        return state.pointerTo(null, addrSpace());
                    }
                    return Type.PTR;
                }
                if (isIntType(k)) {
                    c.next();
                    return Type.intOf(Integer.parseInt(k.substring(1)));
                }
                break;
            }
            default:
                break;
        }
        throw c.error("expected a type");
    }

    /** Parses {@code { T, T }} (the braces included). */
    Type[] structBody() {
        Cursor c = state.cursor;
        c.expectPunct("{");
        List<Type> fields = new ArrayList<>();
        if (!c.acceptPunct("}")) {
            do {
                fields.add(parse());
            } while (c.acceptPunct(","));
            c.expectPunct("}");
        }
        return fields.toArray(new Type[0]);
    }

    /** {@code %name = type ...} after the {@code type} keyword. */
    void parseDefinition(String name) {
        Cursor c = state.cursor;
        Type.StructType s = state.namedStruct(name);
        if (c.acceptKeyword("opaque")) {
            return;
        }
        if (c.peek().isPunct("<") && c.peek(1).isPunct("{")) {
            c.next();
            Type[] f = structBody();
            c.expectPunct(">");
            s.setBody(true, f);
        } else if (c.peek().isPunct("{")) {
            s.setBody(false, structBody());
        } else {
            throw c.error("expected '{', '<{' or 'opaque' in a struct type definition");
        }
    }

    /** Element type reached by indexing into {@code t} (struct index must be known). */
    static Type indexInto(Type t, long index) {
        if (t instanceof Type.StructType s && s.fields() != null && index >= 0 && index < s.fields().length) {
            return s.fields()[(int) index];
        } else if (t instanceof Type.ArrayType a) {
            return a.element;
        } else if (t instanceof Type.VectorType v) {
            return v.element;
        }
        return null;
    }
}
