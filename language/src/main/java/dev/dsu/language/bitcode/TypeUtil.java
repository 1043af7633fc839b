package dev.dsu.language.bitcode;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** Result types the bitcode leaves implicit (GEP, extractvalue, compares). */
final class TypeUtil {
    private TypeUtil() {
    }

    static Type scalar(Type t) {
        return t instanceof Type.VectorType v ? v.element : t;
    }

    /** The type reached by indexing into {@code t} (struct indices must be constants). */
    static Type indexInto(Type t, Value index) {
        if (t instanceof Type.StructType s) {
            if (s.fields() == null) {
                throw new IrReadException("indexing into opaque struct " + s);
            }
            long i = constantIndex(index);
            if (i < 0 || i >= s.fields().length) {
                throw new IrReadException("struct index " + i + " out of range for " + s);
            }
            return s.fields()[(int) i];
        }
        return element(t);
    }

    static Type element(Type t) {
        if (t instanceof Type.ArrayType a) {
            return a.element;
        } else if (t instanceof Type.VectorType v) {
            return v.element;
        }
        throw new IrReadException("cannot index into " + t);
    }

    private static long constantIndex(Value v) {
        if (v instanceof Constant.Int c) {
            return c.value;
        } else if (v instanceof Constant.Zero || v instanceof Constant.Null) {
            return 0;
        } else if (v instanceof Constant.Data d && d.elements.length > 0) {
            return d.elements[0]; // splat vector index
        } else if (v instanceof Constant.Aggregate a && a.elements.length > 0) {
            return constantIndex(a.elements[0]);
        }
        throw new IrReadException("struct index is not a constant integer");
    }

    static Type aggregateMember(Type t, long index) {
        if (t instanceof Type.StructType s) {
            if (s.fields() == null || index < 0 || index >= s.fields().length) {
                throw new IrReadException("invalid aggregate index " + index + " into " + t);
            }
            return s.fields()[(int) index];
        }
        return element(t);
    }

    static Type gepResult(ModuleContext ctx, Type sourceElement, Value base, Value[] indices) {
        Type t = sourceElement;
        for (int i = 1; i < indices.length; i++) {
            t = indexInto(t, indices[i]);
        }
        Type baseType = base.getType();
        int vectorLength = -1;
        if (baseType instanceof Type.VectorType v) {
            vectorLength = v.length;
            baseType = v.element;
        }
        for (Value idx : indices) {
            if (idx.getType() instanceof Type.VectorType v) {
                vectorLength = v.length;
            }
        }
        int as = baseType instanceof Type.PointerType p ? p.addressSpace : 0;
        Type ptr = ctx.pointerTo(t, as);
        return vectorLength >= 0 ? new Type.VectorType(ptr, vectorLength) : ptr;
    }

    static Type compareResult(Type operand) {
        if (operand instanceof Type.VectorType v) {
            return new Type.VectorType(Type.I1, v.length);
        }
        return Type.I1;
    }

    static Type pointee(Type pointer) {
        if (pointer instanceof Type.PointerType p && p.pointee != null) {
            return p.pointee;
        }
        return null;
    }
}
