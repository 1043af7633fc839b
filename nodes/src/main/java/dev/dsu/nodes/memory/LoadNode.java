package dev.dsu.nodes.memory;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.fp80.LongDouble;

/** load instructions: fast paths for scalars, the codec for everything else. */
public final class LoadNode {
    private LoadNode() {
    }

    public static CExpressionNode create(Heap heap, StorageType type, CExpressionNode address) {
        if (type instanceof StorageType.Int i) {
            switch (i.bits) {
                case 8:
                    return new LoadI8(heap, address);
                case 16:
                    return new LoadI16(heap, address);
                case 32:
                    return new LoadI32(heap, address);
                case 64:
                    return new LoadI64(heap, address);
                default:
                    if (i.bits < 64) {
                        return new LoadGenericLong(heap, type, address);
                    }
            }
        } else if (type instanceof StorageType.Float64) {
            return new LoadDouble(heap, address);
        } else if (type instanceof StorageType.Float32) {
            return new LoadFloat(heap, address);
        } else if (type instanceof StorageType.Fp80) {
            return new LoadFp80(heap, address);
        } else if (type instanceof StorageType.Vector v) {
            CExpressionNode fast = VectorMemoryNodes.load(heap, v, address);
            if (fast != null) {
                return fast;
            }
        }
        return new LoadGeneric(heap, type, address);
    }

    abstract static class Base extends CExpressionNode.LongValued {
        protected final Heap heap;
        @Child protected AddressNode address;

        Base(Heap heap, CExpressionNode address) {
            this.heap = heap;
            this.address = AddressNode.of(address);
        }
    }

    static final class LoadI8 extends Base {
        LoadI8(Heap heap, CExpressionNode address) {
            super(heap, address);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getByte(address.resolve(heap, base, displacement, 1, this), address.offsetIn(base, displacement));
        }
    }

    static final class LoadI16 extends Base {
        LoadI16(Heap heap, CExpressionNode address) {
            super(heap, address);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getShort(address.resolve(heap, base, displacement, 2, this), address.offsetIn(base, displacement));
        }
    }

    static final class LoadI32 extends Base {
        LoadI32(Heap heap, CExpressionNode address) {
            super(heap, address);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getInt(address.resolve(heap, base, displacement, 4, this), address.offsetIn(base, displacement));
        }
    }

    static final class LoadI64 extends Base {
        LoadI64(Heap heap, CExpressionNode address) {
            super(heap, address);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getLong(address.resolve(heap, base, displacement, 8, this), address.offsetIn(base, displacement));
        }
    }

    static final class LoadGenericLong extends Base {
        private final StorageType type;

        LoadGenericLong(Heap heap, StorageType type, CExpressionNode address) {
            super(heap, address);
            this.type = type;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (Long) ValueCodec.read(heap, address.executeLong(frame), type, this);
        }
    }

    static final class LoadDouble extends CExpressionNode.DoubleValued {
        private final Heap heap;
        @Child private AddressNode address;

        LoadDouble(Heap heap, CExpressionNode address) {
            this.heap = heap;
            this.address = AddressNode.of(address);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getDouble(address.resolve(heap, base, displacement, 8, this), address.offsetIn(base, displacement));
        }
    }

    /** A long double: the 10 bytes of x87 data as a LongDouble. */
    static final class LoadFp80 extends CExpressionNode.ObjectValued {
        private final Heap heap;
        @Child private CExpressionNode address;

        LoadFp80(Heap heap, CExpressionNode address) {
            this.heap = heap;
            this.address = address;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            long p = address.executeLong(frame);
            return new LongDouble(heap.getI64(p, this), heap.getI16(p + 8, this));
        }
    }

    static final class LoadFloat extends CExpressionNode.FloatValued {
        private final Heap heap;
        @Child private AddressNode address;

        LoadFloat(Heap heap, CExpressionNode address) {
            this.heap = heap;
            this.address = AddressNode.of(address);
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            return RawBytes.getFloat(address.resolve(heap, base, displacement, 4, this), address.offsetIn(base, displacement));
        }
    }

    static final class LoadGeneric extends CExpressionNode.ObjectValued {
        private final Heap heap;
        private final StorageType type;
        @Child private CExpressionNode address;

        LoadGeneric(Heap heap, StorageType type, CExpressionNode address) {
            this.heap = heap;
            this.type = type;
            this.address = address;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return ValueCodec.read(heap, address.executeLong(frame), type, this);
        }
    }
}
