package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CStatementNode;

/** A basic block: its instructions in order, then its terminator, which names the next block. */
public final class BlockNode extends Node {
    private final int index;
    @Children private final CStatementNode[] statements;
    @Child private TerminatorNode terminator;
    @CompilationFinal(dimensions = 1) private final int[] successors;

    public BlockNode(int index, CStatementNode[] statements, TerminatorNode terminator) {
        this.index = index;
        this.statements = statements;
        this.terminator = terminator;
        this.successors = terminator.successors();
    }

    public int[] successors() {
        return successors;
    }

    public int getIndex() {
        return index;
    }

    /** Runs the block from its {@code first} statement (reconstruction only, so never compiled). */
    public int executeFrom(VirtualFrame frame, int first) {
        for (int i = first; i < statements.length; i++) {
            statements[i].execute(frame);
        }
        return terminator.execute(frame);
    }

    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        for (CStatementNode s : statements) {
            s.execute(frame);
        }
        return terminator.execute(frame);
    }
}
