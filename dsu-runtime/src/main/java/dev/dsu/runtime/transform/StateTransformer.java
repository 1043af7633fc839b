package dev.dsu.runtime.transform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import dev.dsu.runtime.version.CType;

/**
 * The default transformer: builds the bytes of a value of the new type from the bytes of a value
 * of the old type — members copied by name, added members zero, removed members dropped, arrays
 * grown or shrunk, scalars widened or narrowed (and converted between integer and floating point).
 */
public final class StateTransformer {
    private StateTransformer() {
    }

    /** Thrown when no default transformation exists; the update is refused with this reason. */
    public static final class NotTransformable extends Exception {
        private static final long serialVersionUID = 1L;

        public NotTransformable(String message) {
            super(message);
        }
    }

    /**
     * Transformers the user wrote for named types. They are consulted wherever a value's type
     * changed, at any depth: a whole global or local, a member, an array element.
     */
    public interface TypeTransformers {
        TypeTransformers NONE = (from, old, to) -> null;

        /** The bytes of the new value, or null when the default transformation applies. */
        byte[] transform(CType from, byte[] old, CType to) throws NotTransformable;
    }

    public static byte[] transform(byte[] old, CType from, CType to) throws NotTransformable {
        return transform(old, from, to, TypeTransformers.NONE);
    }

    public static byte[] transform(byte[] old, CType from, CType to, TypeTransformers user) throws NotTransformable {
        byte[] result = new byte[(int) ((to.sizeInBits() + 7) / 8)];
        copy(old, 0, from, result, 0, to, "", user);
        return result;
    }

    private static void copy(byte[] src, long srcBit, CType from, byte[] dst, long dstBit, CType to, String path, TypeTransformers user) throws NotTransformable {
        if (from.describe().equals(to.describe()) && from.sizeInBits() == to.sizeInBits()) {
            copyBits(src, srcBit, dst, dstBit, to.sizeInBits());
        } else if (user != TypeTransformers.NONE && srcBit % 8 == 0 && dstBit % 8 == 0 && copyByUser(src, srcBit, from, dst, dstBit, to, user)) {
            return;
        } else if (from instanceof CType.Scalar a && to instanceof CType.Scalar b) {
            convertScalar(src, srcBit, a, dst, dstBit, b);
        } else if (from instanceof CType.Pointer && to instanceof CType.Pointer) {
            copyBits(src, srcBit, dst, dstBit, 64);
        } else if (from instanceof CType.Array a && to instanceof CType.Array b) {
            long n = Math.min(a.count(), b.count());
            long srcStride = a.count() > 0 ? a.sizeInBits() / a.count() : 0;
            long dstStride = b.count() > 0 ? b.sizeInBits() / b.count() : 0;
            for (long i = 0; i < n; i++) {
                copy(src, srcBit + i * srcStride, a.element(), dst, dstBit + i * dstStride, b.element(), path + "[" + i + "]", user);
            }
        } else if (from instanceof CType.Struct a && to instanceof CType.Struct b && !a.isUnion() && !b.isUnion()) {
            for (CType.Member m : b.members()) {
                CType.Member old = a.member(m.name());
                if (old == null) {
                    continue;
                }
                if (m.bitSize() > 0 || old.bitSize() > 0) {
                    if (m.bitSize() != old.bitSize()) {
                        throw new NotTransformable(path + m.name() + ": bit-field width changed");
                    }
                    copyBits(src, srcBit + old.offsetInBits(), dst, dstBit + m.offsetInBits(), m.bitSize());
                } else {
                    copy(src, srcBit + old.offsetInBits(), old.type(), dst, dstBit + m.offsetInBits(), m.type(), path + m.name() + ".", user);
                }
            }
        } else {
            throw new NotTransformable((path.isEmpty() ? "" : path + ": ") + from.describe() + " cannot become " + to.describe() + " by default");
        }
    }

    private static boolean copyByUser(byte[] src, long srcBit, CType from, byte[] dst, long dstBit, CType to, TypeTransformers user) throws NotTransformable {
        int srcByte = (int) (srcBit / 8);
        int oldSize = (int) Math.max(0, Math.min((from.sizeInBits() + 7) / 8, src.length - srcByte));
        byte[] made = user.transform(from, java.util.Arrays.copyOfRange(src, srcByte, srcByte + oldSize), to);
        if (made == null) {
            return false;
        }
        int dstByte = (int) (dstBit / 8);
        System.arraycopy(made, 0, dst, dstByte, Math.min(made.length, dst.length - dstByte));
        return true;
    }

    private static void convertScalar(byte[] src, long srcBit, CType.Scalar a, byte[] dst, long dstBit, CType.Scalar b) throws NotTransformable {
        if (srcBit % 8 != 0 || dstBit % 8 != 0) {
            throw new NotTransformable("scalar at a bit offset");
        }
        ByteBuffer in = ByteBuffer.wrap(src).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(dst).order(ByteOrder.LITTLE_ENDIAN);
        int s = (int) (srcBit / 8);
        int d = (int) (dstBit / 8);
        boolean fromFloat = a.kind() == CType.Scalar.Kind.FLOAT;
        boolean toFloat = b.kind() == CType.Scalar.Kind.FLOAT;
        if (fromFloat && (a.sizeInBits() != 32 && a.sizeInBits() != 64) || toFloat && (b.sizeInBits() != 32 && b.sizeInBits() != 64)) {
            throw new NotTransformable(a.describe() + " -> " + b.describe() + " needs a transformer");
        }
        double asDouble;
        long asLong;
        if (fromFloat) {
            asDouble = a.sizeInBits() == 32 ? in.getFloat(s) : in.getDouble(s);
            asLong = (long) asDouble;
        } else {
            long raw = switch ((int) a.sizeInBits()) {
                case 8 -> in.get(s);
                case 16 -> in.getShort(s);
                case 32 -> in.getInt(s);
                default -> in.getLong(s);
            };
            boolean unsigned = a.kind() == CType.Scalar.Kind.UNSIGNED || a.kind() == CType.Scalar.Kind.BOOL;
            if (unsigned && a.sizeInBits() < 64) {
                raw &= (1L << a.sizeInBits()) - 1;
            }
            asLong = raw;
            asDouble = raw;
        }
        if (toFloat) {
            if (b.sizeInBits() == 32) {
                out.putFloat(d, (float) asDouble);
            } else {
                out.putDouble(d, asDouble);
            }
            return;
        }
        switch ((int) b.sizeInBits()) {
            case 8 -> out.put(d, (byte) asLong);
            case 16 -> out.putShort(d, (short) asLong);
            case 32 -> out.putInt(d, (int) asLong);
            default -> out.putLong(d, asLong);
        }
    }

    private static void copyBits(byte[] src, long srcBit, byte[] dst, long dstBit, long bits) {
        if (srcBit % 8 == 0 && dstBit % 8 == 0 && bits % 8 == 0) {
            long n = Math.min(bits / 8, Math.min(src.length - srcBit / 8, dst.length - dstBit / 8));
            if (n > 0) {
                System.arraycopy(src, (int) (srcBit / 8), dst, (int) (dstBit / 8), (int) n);
            }
            return;
        }
        for (long i = 0; i < bits; i++) {
            long sb = srcBit + i;
            long db = dstBit + i;
            if (sb / 8 >= src.length || db / 8 >= dst.length) {
                return;
            }
            int bit = (src[(int) (sb / 8)] >> (sb % 8)) & 1;
            dst[(int) (db / 8)] = (byte) ((dst[(int) (db / 8)] & ~(1 << (db % 8))) | (bit << (db % 8)));
        }
    }
}
