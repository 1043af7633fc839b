package dev.dsu.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** One instruction of a basic block: computes and stores its result or has an effect. */
public abstract class CStatementNode extends Node {
    /** Source line from debug info, 0 when unknown. */
    private int line;

    public abstract void execute(VirtualFrame frame);

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }
}
