package dev.dsu.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.ValueKind;

/** Computes an instruction's value and stores it in the instruction's frame slot. */
public abstract class WriteSlotNode extends CStatementNode {
    protected final int slot;
    @Child protected CExpressionNode value;

    protected WriteSlotNode(int slot, CExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    public static WriteSlotNode create(ValueKind kind, int slot, CExpressionNode value) {
        return switch (kind) {
            case LONG -> new WriteLong(slot, value);
            case DOUBLE -> new WriteDouble(slot, value);
            case FLOAT -> new WriteFloat(slot, value);
            case OBJECT -> new WriteObject(slot, value);
        };
    }

    public CExpressionNode getValue() {
        return value;
    }

    static final class WriteLong extends WriteSlotNode {
        WriteLong(int slot, CExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            frame.setLongStatic(slot, value.executeLong(frame));
        }
    }

    static final class WriteDouble extends WriteSlotNode {
        WriteDouble(int slot, CExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            frame.setDoubleStatic(slot, value.executeDouble(frame));
        }
    }

    static final class WriteFloat extends WriteSlotNode {
        WriteFloat(int slot, CExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            frame.setFloatStatic(slot, value.executeFloat(frame));
        }
    }

    static final class WriteObject extends WriteSlotNode {
        WriteObject(int slot, CExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void execute(VirtualFrame frame) {
            frame.setObjectStatic(slot, value.executeGeneric(frame));
        }
    }
}
