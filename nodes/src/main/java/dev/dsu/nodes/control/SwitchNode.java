package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;

/** switch on an integer of up to 64 bits; case values are canonical (sign-extended). */
public final class SwitchNode extends TerminatorNode {
    @Child private CExpressionNode condition;
    @CompilationFinal(dimensions = 1) private final long[] caseValues;
    @CompilationFinal(dimensions = 1) private final int[] caseTargets;
    @Children private final EdgeMoves[] caseMoves;
    private final int defaultTarget;
    @Child private EdgeMoves defaultMoves;
    @CompilationFinal(dimensions = 1) private final int[] successors;

    public SwitchNode(CExpressionNode condition, long[] caseValues, int[] caseTargets, EdgeMoves[] caseMoves, int defaultTarget, EdgeMoves defaultMoves) {
        this.condition = condition;
        this.caseValues = caseValues;
        this.caseTargets = caseTargets;
        this.caseMoves = caseMoves;
        this.defaultTarget = defaultTarget;
        this.defaultMoves = defaultMoves;
        this.successors = java.util.Arrays.copyOf(caseTargets, caseTargets.length + 1);
        this.successors[caseTargets.length] = defaultTarget;
    }

    @Override
    public int[] successors() {
        return successors;
    }

    /** The switched-on value; the dispatch loop compares it with each case and takes the edge. */
    public long value(VirtualFrame frame) {
        return condition.executeLong(frame);
    }

    /** Whether successor position {@code i} is taken for value {@code v} (the last position is the default). */
    public boolean selects(int i, long v) {
        return i == caseValues.length || caseValues[i] == v;
    }

    /** The phi moves of successor position {@code i}. */
    public void takeEdge(VirtualFrame frame, int i) {
        EdgeMoves moves = i == caseValues.length ? defaultMoves : caseMoves[i];
        if (moves != null) {
            moves.execute(frame);
        }
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        long v = condition.executeLong(frame);
        for (int i = 0; i < caseValues.length; i++) {
            if (caseValues[i] == v) {
                if (caseMoves[i] != null) {
                    caseMoves[i].execute(frame);
                }
                return i;
            }
        }
        if (defaultMoves != null) {
            defaultMoves.execute(frame);
        }
        return caseTargets.length;
    }
}
