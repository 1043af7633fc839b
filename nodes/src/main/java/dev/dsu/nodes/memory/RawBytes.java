package dev.dsu.nodes.memory;

import java.lang.reflect.Field;
import java.nio.ByteOrder;

import sun.misc.Unsafe;

/**
 * Little-endian access to an object's storage at an offset that {@link Heap#resolve} has
 * already bounds checked. Unchecked on purpose: ByteArraySupport and plain array indexing
 * repeat the check in a shape the compiler does not recognise as redundant (a vector of two
 * doubles cost three compares and branches instead of one).
 */
final class RawBytes {
    private static final Unsafe UNSAFE = unsafe();
    private static final long BASE = Unsafe.ARRAY_BYTE_BASE_OFFSET;
    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private RawBytes() {
    }

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long at(long offset) {
        return BASE + offset;
    }

    static byte getByte(byte[] data, long offset) {
        return UNSAFE.getByte(data, at(offset));
    }

    static short getShort(byte[] data, long offset) {
        short v = UNSAFE.getShort(data, at(offset));
        return LITTLE ? v : Short.reverseBytes(v);
    }

    static int getInt(byte[] data, long offset) {
        int v = UNSAFE.getInt(data, at(offset));
        return LITTLE ? v : Integer.reverseBytes(v);
    }

    static long getLong(byte[] data, long offset) {
        long v = UNSAFE.getLong(data, at(offset));
        return LITTLE ? v : Long.reverseBytes(v);
    }

    static float getFloat(byte[] data, long offset) {
        return Float.intBitsToFloat(getInt(data, offset));
    }

    static double getDouble(byte[] data, long offset) {
        return Double.longBitsToDouble(getLong(data, offset));
    }

    static void putByte(byte[] data, long offset, byte value) {
        UNSAFE.putByte(data, at(offset), value);
    }

    static void putShort(byte[] data, long offset, short value) {
        UNSAFE.putShort(data, at(offset), LITTLE ? value : Short.reverseBytes(value));
    }

    static void putInt(byte[] data, long offset, int value) {
        UNSAFE.putInt(data, at(offset), LITTLE ? value : Integer.reverseBytes(value));
    }

    static void putLong(byte[] data, long offset, long value) {
        UNSAFE.putLong(data, at(offset), LITTLE ? value : Long.reverseBytes(value));
    }

    static void putFloat(byte[] data, long offset, float value) {
        putInt(data, offset, Float.floatToRawIntBits(value));
    }

    static void putDouble(byte[] data, long offset, double value) {
        putLong(data, offset, Double.doubleToRawLongBits(value));
    }
}
