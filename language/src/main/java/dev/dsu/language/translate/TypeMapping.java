package dev.dsu.language.translate;

import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.memory.StorageType;

/** Maps IR types to their run-time representation (frame kind and memory layout). */
public final class TypeMapping {
    private static final StorageType.Float32 F32 = new StorageType.Float32();
    private static final StorageType.Float64 F64 = new StorageType.Float64();
    private static final StorageType.Fp80 FP80 = new StorageType.Fp80();
    private static final StorageType.Int PTR = new StorageType.Int(64);

    private final DataLayout layout;

    public TypeMapping(DataLayout layout) {
        this.layout = layout;
    }

    public DataLayout layout() {
        return layout;
    }

    public static ValueKind kindOf(Type t) {
        if (t instanceof Type.IntType i) {
            return i.bits <= 64 ? ValueKind.LONG : ValueKind.OBJECT;
        } else if (t instanceof Type.PointerType) {
            return ValueKind.LONG;
        } else if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case FLOAT -> ValueKind.FLOAT;
                case X86_FP80 -> ValueKind.OBJECT; // a LongDouble
                default -> ValueKind.DOUBLE;
            };
        }
        return ValueKind.OBJECT;
    }

    public static boolean isFp80(Type t) {
        return t instanceof Type.FloatType f && f.kind == Type.FloatType.Kind.X86_FP80;
    }

    public static int intBits(Type t) {
        if (t instanceof Type.IntType i) {
            return i.bits;
        }
        return 64;
    }

    public StorageType storageOf(Type t) {
        if (t instanceof Type.IntType i) {
            return i.bits == 64 ? PTR : new StorageType.Int(i.bits);
        } else if (t instanceof Type.PointerType) {
            return PTR;
        } else if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case FLOAT -> F32;
                case DOUBLE -> F64;
                case X86_FP80 -> FP80;
                default -> throw new IrReadException("unsupported floating-point type " + t);
            };
        } else if (t instanceof Type.VectorType v) {
            return new StorageType.Vector(storageOf(v.element), v.length);
        } else if (t instanceof Type.StructType s) {
            Type[] fields = s.fields();
            StorageType[] elements = new StorageType[fields.length];
            long[] offsets = new long[fields.length];
            for (int i = 0; i < fields.length; i++) {
                elements[i] = storageOf(fields[i]);
                offsets[i] = layout.fieldOffset(s, i);
            }
            return new StorageType.Aggregate(elements, offsets, layout.sizeOf(s));
        } else if (t instanceof Type.ArrayType a) {
            if (a.length > 4096) {
                throw new IrReadException("first-class array values of " + a.length + " elements are not supported");
            }
            StorageType element = storageOf(a.element);
            long size = layout.sizeOf(a.element);
            StorageType[] elements = new StorageType[(int) a.length];
            long[] offsets = new long[(int) a.length];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = element;
                offsets[i] = i * size;
            }
            return new StorageType.Aggregate(elements, offsets, layout.sizeOf(a));
        }
        throw new IrReadException("type " + t + " has no run-time representation");
    }
}
