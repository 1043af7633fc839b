package dev.dsu.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;

/** ret: leaves the (boxed) return value in the function's return slot. */
public final class ReturnNode extends TerminatorNode {
    @Child private CExpressionNode value;
    private final int returnSlot;

    public ReturnNode(CExpressionNode value, int returnSlot) {
        this.value = value;
        this.returnSlot = returnSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (value != null) {
            frame.setObjectStatic(returnSlot, value.executeGeneric(frame));
        }
        return RETURN;
    }
}
