package dev.dsu.language.libc;

import java.util.Arrays;

/**
 * The bytes printf produces, growing as needed. Not a ByteArrayOutputStream: its methods are
 * synchronized, and sprintf in a loop paid a lock per character written.
 */
final class FormattedBytes {
    private byte[] bytes;
    private int size;
    /** The format was malformed: what came before the fault is here, and the call returns -1 (EINVAL). */
    private boolean invalid;

    FormattedBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    void write(byte[] from, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + length, size * 2));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    void markInvalid() {
        invalid = true;
    }

    boolean invalid() {
        return invalid;
    }

    int size() {
        return size;
    }

    /** The bytes so far are the first {@link #size} of this array, which later writes may replace. */
    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
