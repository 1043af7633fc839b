package dev.dsu.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CStatementNode;

/**
 * Ends a basic block: performs the phi assignments of the edge it takes and returns which of
 * its {@link #successors()} comes next (a position in that array), or {@link #RETURN}. The
 * dispatch loop maps the position to a block index along a separate path per successor, so
 * that partial evaluation sees every next block as a constant.
 */
public abstract class TerminatorNode extends Node {
    public static final int RETURN = -1;
    private static final int[] NONE = new int[0];

    private int line;

    public abstract int execute(VirtualFrame frame);

    /** Block indices this terminator can continue at. */
    public int[] successors() {
        return NONE;
    }

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
