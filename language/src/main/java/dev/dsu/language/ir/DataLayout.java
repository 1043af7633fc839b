package dev.dsu.language.ir;

/**
 * Sizes, alignments and struct offsets for x86-64 Linux, honouring the module's data layout
 * string where it differs between clang versions (i128 is 16-aligned from LLVM 18 on).
 */
public final class DataLayout {
    private final int i128Align;

    public DataLayout(String layout) {
        this.i128Align = layout != null && layout.contains("i128:128") ? 16 : 8;
    }

    public long sizeOf(Type t) {
        long store = storeSizeOf(t);
        long align = alignOf(t);
        return (store + align - 1) / align * align;
    }

    /** Bytes actually written by a store of this type (x86_fp80 writes 10 of its 16). */
    public long storeSizeOf(Type t) {
        if (t instanceof Type.IntType i) {
            return (i.bits + 7) / 8;
        } else if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case HALF, BFLOAT -> 2;
                case FLOAT -> 4;
                case DOUBLE -> 8;
                case X86_FP80 -> 10;
                case FP128, PPC_FP128 -> 16;
            };
        } else if (t instanceof Type.PointerType) {
            return 8;
        } else if (t instanceof Type.ArrayType a) {
            return sizeOf(a.element) * a.length;
        } else if (t instanceof Type.VectorType v) {
            if (v.element instanceof Type.IntType i && i.bits == 1) {
                return (v.length + 7) / 8;
            }
            return storeSizeOf(v.element) * v.length;
        } else if (t instanceof Type.StructType s) {
            Type[] fields = s.fields();
            if (fields == null) {
                return 0;
            }
            long offset = 0;
            for (Type f : fields) {
                if (!s.isPacked()) {
                    offset = alignUp(offset, alignOf(f));
                }
                offset += sizeOf(f);
            }
            return s.isPacked() ? offset : alignUp(offset, alignOf(s));
        }
        return 0;
    }

    public long alignOf(Type t) {
        if (t instanceof Type.IntType i) {
            if (i.bits <= 8) {
                return 1;
            } else if (i.bits <= 16) {
                return 2;
            } else if (i.bits <= 32) {
                return 4;
            } else if (i.bits <= 64) {
                return 8;
            }
            return i128Align;
        } else if (t instanceof Type.FloatType f) {
            return switch (f.kind) {
                case HALF, BFLOAT -> 2;
                case FLOAT -> 4;
                case DOUBLE -> 8;
                case X86_FP80, FP128, PPC_FP128 -> 16;
            };
        } else if (t instanceof Type.PointerType) {
            return 8;
        } else if (t instanceof Type.ArrayType a) {
            return alignOf(a.element);
        } else if (t instanceof Type.VectorType) {
            long size = storeSizeOf(t);
            long p = 1;
            while (p < size) {
                p <<= 1;
            }
            return Math.min(p, 64);
        } else if (t instanceof Type.StructType s) {
            if (s.isPacked() || s.fields() == null) {
                return 1;
            }
            long max = 1;
            for (Type f : s.fields()) {
                max = Math.max(max, alignOf(f));
            }
            return max;
        }
        return 1;
    }

    public long fieldOffset(Type.StructType s, int index) {
        long offset = 0;
        Type[] fields = s.fields();
        for (int i = 0; i <= index; i++) {
            if (!s.isPacked()) {
                offset = alignUp(offset, alignOf(fields[i]));
            }
            if (i < index) {
                offset += sizeOf(fields[i]);
            }
        }
        return offset;
    }

    public static long alignUp(long value, long align) {
        return (value + align - 1) / align * align;
    }
}
