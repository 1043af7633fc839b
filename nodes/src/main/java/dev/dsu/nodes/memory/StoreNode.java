package dev.dsu.nodes.memory;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;

/** store instructions: fast paths for scalars, the codec for everything else. */
public abstract class StoreNode extends CStatementNode {
    protected final Heap heap;
    @Child protected AddressNode address;
    @Child protected CExpressionNode value;

    StoreNode(Heap heap, CExpressionNode address, CExpressionNode value) {
        this.heap = heap;
        this.address = AddressNode.of(address);
        this.value = value;
    }

    public static CStatementNode create(Heap heap, StorageType type, CExpressionNode address, CExpressionNode value) {
        if (type instanceof StorageType.Int i) {
            switch (i.bits) {
                case 8:
                    return new StoreI8(heap, address, value);
                case 16:
                    return new StoreI16(heap, address, value);
                case 32:
                    return new StoreI32(heap, address, value);
                case 64:
                    return new StoreI64(heap, address, value);
                default:
                    break;
            }
        } else if (type instanceof StorageType.Float64) {
            return new StoreDouble(heap, address, value);
        } else if (type instanceof StorageType.Float32) {
            return new StoreFloat(heap, address, value);
        } else if (type instanceof StorageType.Vector v) {
            CStatementNode fast = VectorMemoryNodes.store(heap, v, address, value);
            if (fast != null) {
                return fast;
            }
        }
        return new StoreGeneric(heap, type, address, value);
    }

    static final class StoreI8 extends StoreNode {
        StoreI8(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            long v = value.executeLong(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putByte(address.resolve(heap, base, displacement, 1, this), address.offsetIn(base, displacement), (byte) v);
        }
    }

    static final class StoreI16 extends StoreNode {
        StoreI16(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            long v = value.executeLong(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putShort(address.resolve(heap, base, displacement, 2, this), address.offsetIn(base, displacement), (short) v);
        }
    }

    static final class StoreI32 extends StoreNode {
        StoreI32(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            long v = value.executeLong(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putInt(address.resolve(heap, base, displacement, 4, this), address.offsetIn(base, displacement), (int) v);
        }
    }

    static final class StoreI64 extends StoreNode {
        StoreI64(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            long v = value.executeLong(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putLong(address.resolve(heap, base, displacement, 8, this), address.offsetIn(base, displacement), v);
        }
    }

    static final class StoreDouble extends StoreNode {
        StoreDouble(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            double v = value.executeDouble(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putDouble(address.resolve(heap, base, displacement, 8, this), address.offsetIn(base, displacement), v);
        }
    }

    static final class StoreFloat extends StoreNode {
        StoreFloat(Heap heap, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            float v = value.executeFloat(frame);
            long base = address.executeBase(frame);
            long displacement = address.executeDisplacement(frame);
            RawBytes.putFloat(address.resolve(heap, base, displacement, 4, this), address.offsetIn(base, displacement), v);
        }
    }

    static final class StoreGeneric extends StoreNode {
        private final StorageType type;

        StoreGeneric(Heap heap, StorageType type, CExpressionNode address, CExpressionNode value) {
            super(heap, address, value);
            this.type = type;
        }

        @Override
        public void execute(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            ValueCodec.write(heap, address.executeLong(frame), type, v, this);
        }
    }
}
