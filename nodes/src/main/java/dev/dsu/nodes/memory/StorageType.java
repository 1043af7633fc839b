package dev.dsu.nodes.memory;

/**
 * How a value of some LLVM type is laid out in memory and held in a frame: what the
 * load/store nodes and the generic value codec need, without the IR.
 */
public abstract sealed class StorageType {
    public abstract long size();

    /** Integers of any width, including pointers (64). Memory holds ceil(bits/8) bytes. */
    public static final class Int extends StorageType {
        public final int bits;

        public Int(int bits) {
            this.bits = bits;
        }

        @Override
        public long size() {
            return (bits + 7) / 8;
        }
    }

    public static final class Float32 extends StorageType {
        @Override
        public long size() {
            return 4;
        }
    }

    public static final class Float64 extends StorageType {
        @Override
        public long size() {
            return 8;
        }
    }

    /** x86_fp80: 10 bytes in memory, a LongDouble in frames. */
    public static final class Fp80 extends StorageType {
        @Override
        public long size() {
            return 10;
        }
    }

    /** Vectors held as long[] (integers), double[] or float[]. */
    public static final class Vector extends StorageType {
        public final StorageType element;
        public final int length;

        public Vector(StorageType element, int length) {
            this.element = element;
            this.length = length;
        }

        @Override
        public long size() {
            if (element instanceof Int i && i.bits == 1) {
                return (length + 7) / 8;
            }
            return element.size() * length;
        }
    }

    /** Structs and arrays held as Object[] of their element values. */
    public static final class Aggregate extends StorageType {
        public final StorageType[] elements;
        public final long[] offsets;
        public final long size;

        public Aggregate(StorageType[] elements, long[] offsets, long size) {
            this.elements = elements;
            this.offsets = offsets;
            this.size = size;
        }

        @Override
        public long size() {
            return size;
        }
    }
}
