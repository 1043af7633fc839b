package dev.dsu.language.ir;

import java.util.Arrays;

/**
 * LLVM types as the readers see them. Both typed pointers (clang 14) and opaque pointers
 * (clang 15+) are represented; the translator never relies on pointee types because opaque
 * pointers have none.
 */
public abstract sealed class Type {

    public static final Type VOID = new Simple("void");
    public static final Type LABEL = new Simple("label");
    public static final Type METADATA = new Simple("metadata");
    public static final Type TOKEN = new Simple("token");
    public static final IntType I1 = new IntType(1);
    public static final IntType I8 = new IntType(8);
    public static final IntType I16 = new IntType(16);
    public static final IntType I32 = new IntType(32);
    public static final IntType I64 = new IntType(64);
    public static final FloatType FLOAT = new FloatType(FloatType.Kind.FLOAT);
    public static final FloatType DOUBLE = new FloatType(FloatType.Kind.DOUBLE);
    public static final FloatType X86_FP80 = new FloatType(FloatType.Kind.X86_FP80);
    public static final PointerType PTR = new PointerType(0, null);

    public static IntType intOf(int bits) {
        return switch (bits) {
            case 1 -> I1;
            case 8 -> I8;
            case 16 -> I16;
            case 32 -> I32;
            case 64 -> I64;
            default -> new IntType(bits);
        };
    }

    /** void, label, metadata, token, and any other type without structure. */
    public static final class Simple extends Type {
        public final String name;

        public Simple(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final class IntType extends Type {
        public final int bits;

        public IntType(int bits) {
            this.bits = bits;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IntType t && t.bits == bits;
        }

        @Override
        public int hashCode() {
            return bits;
        }

        @Override
        public String toString() {
            return "i" + bits;
        }
    }

    public static final class FloatType extends Type {
        public enum Kind {
            HALF, BFLOAT, FLOAT, DOUBLE, X86_FP80, FP128, PPC_FP128
        }

        public final Kind kind;

        public FloatType(Kind kind) {
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FloatType t && t.kind == kind;
        }

        @Override
        public int hashCode() {
            return kind.hashCode();
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase();
        }
    }

    public static final class PointerType extends Type {
        public final int addressSpace;
        /** Null for opaque pointers. */
        public final Type pointee;

        public PointerType(int addressSpace, Type pointee) {
            this.addressSpace = addressSpace;
            this.pointee = pointee;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PointerType t && t.addressSpace == addressSpace && java.util.Objects.equals(t.pointee, pointee);
        }

        @Override
        public int hashCode() {
            return addressSpace * 31 + (pointee == null ? 0 : pointee.hashCode());
        }

        @Override
        public String toString() {
            return pointee == null ? "ptr" : pointee + "*";
        }
    }

    public static final class ArrayType extends Type {
        public final Type element;
        public final long length;

        public ArrayType(Type element, long length) {
            this.element = element;
            this.length = length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ArrayType t && t.length == length && t.element.equals(element);
        }

        @Override
        public int hashCode() {
            return element.hashCode() * 31 + Long.hashCode(length);
        }

        @Override
        public String toString() {
            return "[" + length + " x " + element + "]";
        }
    }

    public static final class VectorType extends Type {
        public final Type element;
        public final int length;

        public VectorType(Type element, int length) {
            this.element = element;
            this.length = length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VectorType t && t.length == length && t.element.equals(element);
        }

        @Override
        public int hashCode() {
            return element.hashCode() * 37 + length;
        }

        @Override
        public String toString() {
            return "<" + length + " x " + element + ">";
        }
    }

    /**
     * Named structs are nominal and may be declared before their body is known (the body is set
     * later with {@link #setBody}); literal structs compare structurally.
     */
    public static final class StructType extends Type {
        public final String name;
        private boolean packed;
        private Type[] fields;

        public StructType(String name, boolean packed, Type[] fields) {
            this.name = name;
            this.packed = packed;
            this.fields = fields;
        }

        public void setBody(boolean isPacked, Type[] body) {
            this.packed = isPacked;
            this.fields = body;
        }

        public boolean isPacked() {
            return packed;
        }

        /** Null while the struct is opaque. */
        public Type[] fields() {
            return fields;
        }

        public boolean isOpaque() {
            return fields == null;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            return name == null && o instanceof StructType t && t.name == null && t.packed == packed && Arrays.equals(t.fields, fields);
        }

        @Override
        public int hashCode() {
            return name != null ? System.identityHashCode(this) : Arrays.hashCode(fields);
        }

        @Override
        public String toString() {
            return name != null ? "%" + name : "{" + (fields == null ? "opaque" : Arrays.toString(fields)) + "}";
        }
    }

    public static final class FunctionType extends Type {
        public final Type returnType;
        public final Type[] params;
        public final boolean varArgs;

        public FunctionType(Type returnType, Type[] params, boolean varArgs) {
            this.returnType = returnType;
            this.params = params;
            this.varArgs = varArgs;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FunctionType t && t.varArgs == varArgs && t.returnType.equals(returnType) && Arrays.equals(t.params, params);
        }

        @Override
        public int hashCode() {
            return returnType.hashCode() * 31 + Arrays.hashCode(params);
        }

        @Override
        public String toString() {
            return returnType + " (" + Arrays.toString(params) + (varArgs ? ", ..." : "") + ")";
        }
    }
}
