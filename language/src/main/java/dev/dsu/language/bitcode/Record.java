package dev.dsu.language.bitcode;

import dev.dsu.language.ir.IrReadException;

/** One bitstream record: its code, its operands (a reused buffer) and an optional blob. */
final class Record {
    int code;
    long[] ops = new long[16];
    int size;
    byte[] blob;

    void reset(int newCode) {
        this.code = newCode;
        this.size = 0;
        this.blob = null;
    }

    void add(long v) {
        if (size == ops.length) {
            long[] bigger = new long[ops.length * 2];
            System.arraycopy(ops, 0, bigger, 0, size);
            ops = bigger;
        }
        ops[size++] = v;
    }

    int size() {
        return size;
    }

    long get(int i) {
        if (i < 0 || i >= size) {
            throw new IrReadException("record with code " + code + " has too few operands (" + size + ", wanted index " + i + ")");
        }
        return ops[i];
    }

    int getInt(int i) {
        return (int) get(i);
    }

    /** Operands from {@code from} on read as characters (names and strings in records). */
    String string(int from) {
        StringBuilder sb = new StringBuilder(Math.max(0, size - from));
        for (int i = from; i < size; i++) {
            sb.append((char) (ops[i] & 0xFF));
        }
        return sb.toString();
    }

    /** Characters up to a terminating zero starting at {@code from}; {@code end[0]} receives the index after it. */
    String zeroTerminated(int from, int[] end) {
        StringBuilder sb = new StringBuilder();
        int i = from;
        while (i < size && ops[i] != 0) {
            sb.append((char) (ops[i] & 0xFF));
            i++;
        }
        end[0] = i + 1;
        return sb.toString();
    }

    long[] copy() {
        long[] c = new long[size];
        System.arraycopy(ops, 0, c, 0, size);
        return c;
    }

    /** LLVM's sign-rotated encoding of signed values: the sign lives in bit 0. */
    static long decodeSigned(long v) {
        if ((v & 1) == 0) {
            return v >>> 1;
        }
        if (v != 1) {
            return -(v >>> 1);
        }
        return Long.MIN_VALUE;
    }
}
