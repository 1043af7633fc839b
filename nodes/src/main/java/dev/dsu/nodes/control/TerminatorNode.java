package dev.dsu.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CStatementNode;

/**
 * Ends a basic block: performs the phi assignments of the edge it takes and returns the index
 * of the successor block, or {@link #RETURN} when the function returns.
 */
public abstract class TerminatorNode extends Node {
    public static final int RETURN = -1;

    private int line;

    public abstract int execute(VirtualFrame frame);

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    /** The phi moves of one edge (writes to the successor's phi shadow slots). */
    public static final class EdgeMoves extends Node {
        @Children private final CStatementNode[] moves;

        public EdgeMoves(CStatementNode[] moves) {
            this.moves = moves;
        }

        @ExplodeLoop
        public void execute(VirtualFrame frame) {
            for (CStatementNode m : moves) {
                m.execute(frame);
            }
        }
    }
}
