package dev.dsu.nodes.memory;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.fp80.LongDouble;

/**
 * Reads and writes values of any {@link StorageType} in the frame representation (see
 * {@link dev.dsu.nodes.ValueKind}). The scalar load/store nodes have fast paths; this handles
 * wide integers, x86_fp80, vectors and aggregates.
 */
public final class ValueCodec {
    private ValueCodec() {
    }

    @TruffleBoundary
    public static Object read(Heap heap, long ptr, StorageType type, Node location) {
        if (type instanceof StorageType.Int i) {
            return readInt(heap, ptr, i.bits, location);
        } else if (type instanceof StorageType.Float32) {
            return heap.getFloat(ptr, location);
        } else if (type instanceof StorageType.Float64) {
            return heap.getDouble(ptr, location);
        } else if (type instanceof StorageType.Fp80) {
            return new LongDouble(heap.getI64(ptr, location), heap.getI16(ptr + 8, location));
        } else if (type instanceof StorageType.Vector v) {
            return readVector(heap, ptr, v, location);
        } else {
            StorageType.Aggregate a = (StorageType.Aggregate) type;
            Object[] values = new Object[a.elements.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(heap, ptr + a.offsets[i], a.elements[i], location);
            }
            return values;
        }
    }

    private static Object readInt(Heap heap, long ptr, int bits, Node location) {
        switch (bits) {
            case 1:
                return (long) -(heap.getI8(ptr, location) & 1);
            case 8:
                return (long) heap.getI8(ptr, location);
            case 16:
                return (long) heap.getI16(ptr, location);
            case 32:
                return (long) heap.getI32(ptr, location);
            case 64:
                return heap.getI64(ptr, location);
            default:
                int bytes = (bits + 7) / 8;
                byte[] raw = heap.readBytes(ptr, bytes, location);
                byte[] bigEndian = new byte[bytes];
                for (int k = 0; k < bytes; k++) {
                    bigEndian[k] = raw[bytes - 1 - k];
                }
                BigInteger big = new BigInteger(bigEndian);
                if (bits <= 64) {
                    return IntegerWidth.normalize(big.longValue(), bits);
                }
                return WideInt.normalize(big, bits);
        }
    }

    private static Object readVector(Heap heap, long ptr, StorageType.Vector v, Node location) {
        if (v.element instanceof StorageType.Float32) {
            float[] r = new float[v.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = heap.getFloat(ptr + 4L * i, location);
            }
            return r;
        } else if (v.element instanceof StorageType.Float64) {
            double[] r = new double[v.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = heap.getDouble(ptr + 8L * i, location);
            }
            return r;
        }
        int bits = ((StorageType.Int) v.element).bits;
        long[] r = new long[v.length];
        if (bits == 1) {
            for (int i = 0; i < r.length; i++) {
                r[i] = -((heap.getI8(ptr + i / 8, location) >> (i % 8)) & 1);
            }
            return r;
        }
        long step = (bits + 7) / 8;
        for (int i = 0; i < r.length; i++) {
            r[i] = (Long) readInt(heap, ptr + step * i, bits, location);
        }
        return r;
    }

    @TruffleBoundary
    public static void write(Heap heap, long ptr, StorageType type, Object value, Node location) {
        if (type instanceof StorageType.Int i) {
            writeInt(heap, ptr, i.bits, value, location);
        } else if (type instanceof StorageType.Float32) {
            heap.putFloat(ptr, (Float) value, location);
        } else if (type instanceof StorageType.Float64) {
            heap.putDouble(ptr, (Double) value, location);
        } else if (type instanceof StorageType.Fp80) {
            // 10 bytes, as fstp stores them; the 6 padding bytes of the 16-byte slot are untouched
            LongDouble v = (LongDouble) value;
            heap.putI64(ptr, v.mantissa, location);
            heap.putI16(ptr + 8, (short) v.signExp, location);
        } else if (type instanceof StorageType.Vector v) {
            writeVector(heap, ptr, v, value, location);
        } else {
            StorageType.Aggregate a = (StorageType.Aggregate) type;
            Object[] values = (Object[]) value;
            for (int i = 0; i < values.length; i++) {
                write(heap, ptr + a.offsets[i], a.elements[i], values[i], location);
            }
        }
    }

    private static void writeInt(Heap heap, long ptr, int bits, Object value, Node location) {
        switch (bits) {
            case 1:
                heap.putI8(ptr, (byte) ((Long) value & 1), location);
                return;
            case 8:
                heap.putI8(ptr, (byte) (long) (Long) value, location);
                return;
            case 16:
                heap.putI16(ptr, (short) (long) (Long) value, location);
                return;
            case 32:
                heap.putI32(ptr, (int) (long) (Long) value, location);
                return;
            case 64:
                heap.putI64(ptr, (Long) value, location);
                return;
            default:
                BigInteger big = value instanceof BigInteger b ? b : BigInteger.valueOf((Long) value);
                int bytes = (bits + 7) / 8;
                byte[] raw = new byte[bytes];
                for (int k = 0; k < bytes; k++) {
                    raw[k] = big.shiftRight(8 * k).byteValue();
                }
                heap.writeBytes(ptr, raw, 0, bytes, location);
        }
    }

    private static void writeVector(Heap heap, long ptr, StorageType.Vector v, Object value, Node location) {
        if (value instanceof float[] f) {
            for (int i = 0; i < f.length; i++) {
                heap.putFloat(ptr + 4L * i, f[i], location);
            }
        } else if (value instanceof double[] d) {
            for (int i = 0; i < d.length; i++) {
                heap.putDouble(ptr + 8L * i, d[i], location);
            }
        } else {
            long[] l = (long[]) value;
            int bits = ((StorageType.Int) v.element).bits;
            if (bits == 1) {
                for (int byteIndex = 0; byteIndex < (l.length + 7) / 8; byteIndex++) {
                    int b = 0;
                    for (int k = 0; k < 8 && byteIndex * 8 + k < l.length; k++) {
                        b |= (int) (l[byteIndex * 8 + k] & 1) << k;
                    }
                    heap.putI8(ptr + byteIndex, (byte) b, location);
                }
                return;
            }
            long step = (bits + 7) / 8;
            for (int i = 0; i < l.length; i++) {
                writeInt(heap, ptr + step * i, bits, l[i], location);
            }
        }
    }
}
