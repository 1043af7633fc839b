package dev.dsu.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** Reads an SSA value from its frame slot. */
public final class ReadSlotNode {
    private ReadSlotNode() {
    }

    public static CExpressionNode create(dev.dsu.nodes.ValueKind kind, int slot) {
        return switch (kind) {
            case LONG -> new ReadLong(slot);
            case DOUBLE -> new ReadDouble(slot);
            case FLOAT -> new ReadFloat(slot);
            case OBJECT -> new ReadObject(slot);
        };
    }

    public static final class ReadLong extends CExpressionNode.LongValued {
        private final int slot;

        ReadLong(int slot) {
            this.slot = slot;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return frame.getLongStatic(slot);
        }
    }

    public static final class ReadDouble extends CExpressionNode.DoubleValued {
        private final int slot;

        ReadDouble(int slot) {
            this.slot = slot;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return frame.getDoubleStatic(slot);
        }
    }

    public static final class ReadFloat extends CExpressionNode.FloatValued {
        private final int slot;

        ReadFloat(int slot) {
            this.slot = slot;
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return frame.getFloatStatic(slot);
        }
    }

    public static final class ReadObject extends CExpressionNode.ObjectValued {
        private final int slot;

        ReadObject(int slot) {
            this.slot = slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getObjectStatic(slot);
        }
    }
}
