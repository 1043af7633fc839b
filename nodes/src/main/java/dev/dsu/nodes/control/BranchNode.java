package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dsu.nodes.CExpressionNode;

/** br: unconditional ({@code condition} null) or on an i1. */
public final class BranchNode extends TerminatorNode {
    @Child private CExpressionNode condition;
    private final int ifTrue;
    private final int ifFalse;
    @Child private EdgeMoves trueMoves;
    @Child private EdgeMoves falseMoves;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    @CompilationFinal(dimensions = 1) private final int[] successors;

    public BranchNode(CExpressionNode condition, int ifTrue, EdgeMoves trueMoves, int ifFalse, EdgeMoves falseMoves) {
        this.condition = condition;
        this.ifTrue = ifTrue;
        this.ifFalse = ifFalse;
        this.trueMoves = trueMoves;
        this.falseMoves = falseMoves;
        this.successors = condition == null ? new int[]{ifTrue} : new int[]{ifTrue, ifFalse};
    }

    @Override
    public int[] successors() {
        return successors;
    }

    public boolean isConditional() {
        return condition != null;
    }

    /** The (profiled) condition alone: the dispatch loop branches on it and then takes the edge. */
    public boolean test(VirtualFrame frame) {
        return profile.profile(condition.executeLong(frame) != 0);
    }

    /** The phi moves of edge 0 (true) or 1 (false). */
    public void takeEdge(VirtualFrame frame, int edge) {
        EdgeMoves moves = edge == 0 ? trueMoves : falseMoves;
        if (moves != null) {
            moves.execute(frame);
        }
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (condition == null || profile.profile(condition.executeLong(frame) != 0)) {
            if (trueMoves != null) {
                trueMoves.execute(frame);
            }
            return 0;
        }
        if (falseMoves != null) {
            falseMoves.execute(frame);
        }
        return 1;
    }
}
