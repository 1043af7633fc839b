package dev.dsu.nodes.memory;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;

/**
 * Loads and stores of vectors with byte-sized elements, unrolled over their constant length so
 * that compiled code touches memory directly (the vectoriser emits these in every hot loop).
 * The whole vector is bounds checked once; the elements are then read from the object's
 * storage (not through Heap again, which would look the object up once per element). The object
 * is found from the address's base (see {@link AddressNode#resolve}).
 */
public final class VectorMemoryNodes {
    private VectorMemoryNodes() {
    }

    /** Null when the vector's elements need the generic codec (i1, odd widths). */
    static CExpressionNode load(Heap heap, StorageType.Vector v, CExpressionNode address) {
        if (v.element instanceof StorageType.Float64) {
            return new LoadDoubles(heap, v.length, address);
        } else if (v.element instanceof StorageType.Float32) {
            return new LoadFloats(heap, v.length, address);
        } else if (v.element instanceof StorageType.Int i && (i.bits == 8 || i.bits == 16 || i.bits == 32 || i.bits == 64)) {
            return new LoadInts(heap, v.length, i.bits, address);
        }
        return null;
    }

    static CStatementNode store(Heap heap, StorageType.Vector v, CExpressionNode address, CExpressionNode value) {
        if (v.element instanceof StorageType.Float64) {
            return new StoreDoubles(heap, v.length, address, value);
        } else if (v.element instanceof StorageType.Float32) {
            return new StoreFloats(heap, v.length, address, value);
        } else if (v.element instanceof StorageType.Int i && (i.bits == 8 || i.bits == 16 || i.bits == 32 || i.bits == 64)) {
            return new StoreInts(heap, v.length, i.bits, address, value);
        }
        return null;
    }

    static final class LoadDoubles extends CExpressionNode.ObjectValued {
        private final Heap heap;
        private final int length;
        @Child private AddressNode address;

        LoadDoubles(Heap heap, int length, CExpressionNode address) {
            this.heap = heap;
            this.length = length;
            this.address = AddressNode.of(address);
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            byte[] data = address.resolve(heap, base, displacement, 8 * length, this);
            long off = address.offsetIn(base, displacement);
            double[] r = new double[length];
            for (int i = 0; i < length; i++) {
                r[i] = RawBytes.getDouble(data, off + 8 * i);
            }
            return r;
        }
    }

    static final class LoadFloats extends CExpressionNode.ObjectValued {
        private final Heap heap;
        private final int length;
        @Child private AddressNode address;

        LoadFloats(Heap heap, int length, CExpressionNode address) {
            this.heap = heap;
            this.length = length;
            this.address = AddressNode.of(address);
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            byte[] data = address.resolve(heap, base, displacement, 4 * length, this);
            long off = address.offsetIn(base, displacement);
            float[] r = new float[length];
            for (int i = 0; i < length; i++) {
                r[i] = RawBytes.getFloat(data, off + 4 * i);
            }
            return r;
        }
    }

    static final class LoadInts extends CExpressionNode.ObjectValued {
        private final Heap heap;
        private final int length;
        private final int bits;
        @Child private AddressNode address;

        LoadInts(Heap heap, int length, int bits, CExpressionNode address) {
            this.heap = heap;
            this.length = length;
            this.bits = bits;
            this.address = AddressNode.of(address);
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            int step = bits / 8;
            byte[] data = address.resolve(heap, base, displacement, step * length, this);
            long off = address.offsetIn(base, displacement);
            long[] r = new long[length];
            for (int i = 0; i < length; i++) {
                long at = off + step * i;
                r[i] = switch (bits) {
                    case 8 -> RawBytes.getByte(data, at);
                    case 16 -> RawBytes.getShort(data, at);
                    case 32 -> RawBytes.getInt(data, at);
                    default -> RawBytes.getLong(data, at);
                };
            }
            return r;
        }
    }

    static final class StoreDoubles extends CStatementNode {
        private final Heap heap;
        private final int length;
        @Child private AddressNode address;
        @Child private CExpressionNode value;

        StoreDoubles(Heap heap, int length, CExpressionNode address, CExpressionNode value) {
            this.heap = heap;
            this.length = length;
            this.address = AddressNode.of(address);
            this.value = value;
        }

        @Override
        @ExplodeLoop
        public void execute(VirtualFrame frame) {
            double[] v = (double[]) value.executeGeneric(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            byte[] data = address.resolve(heap, base, displacement, 8 * length, this);
            long off = address.offsetIn(base, displacement);
            for (int i = 0; i < length; i++) {
                RawBytes.putDouble(data, off + 8 * i, v[i]);
            }
        }
    }

    static final class StoreFloats extends CStatementNode {
        private final Heap heap;
        private final int length;
        @Child private AddressNode address;
        @Child private CExpressionNode value;

        StoreFloats(Heap heap, int length, CExpressionNode address, CExpressionNode value) {
            this.heap = heap;
            this.length = length;
            this.address = AddressNode.of(address);
            this.value = value;
        }

        @Override
        @ExplodeLoop
        public void execute(VirtualFrame frame) {
            float[] v = (float[]) value.executeGeneric(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            byte[] data = address.resolve(heap, base, displacement, 4 * length, this);
            long off = address.offsetIn(base, displacement);
            for (int i = 0; i < length; i++) {
                RawBytes.putFloat(data, off + 4 * i, v[i]);
            }
        }
    }

    static final class StoreInts extends CStatementNode {
        private final Heap heap;
        private final int length;
        private final int bits;
        @Child private AddressNode address;
        @Child private CExpressionNode value;

        StoreInts(Heap heap, int length, int bits, CExpressionNode address, CExpressionNode value) {
            this.heap = heap;
            this.length = length;
            this.bits = bits;
            this.address = AddressNode.of(address);
            this.value = value;
        }

        @Override
        @ExplodeLoop
        public void execute(VirtualFrame frame) {
            long[] v = (long[]) value.executeGeneric(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            int step = bits / 8;
            byte[] data = address.resolve(heap, base, displacement, step * length, this);
            long off = address.offsetIn(base, displacement);
            for (int i = 0; i < length; i++) {
                long at = off + step * i;
                switch (bits) {
                    case 8 -> RawBytes.putByte(data, at, (byte) v[i]);
                    case 16 -> RawBytes.putShort(data, at, (short) v[i]);
                    case 32 -> RawBytes.putInt(data, at, (int) v[i]);
                    default -> RawBytes.putLong(data, at, v[i]);
                }
            }
        }
    }
}
