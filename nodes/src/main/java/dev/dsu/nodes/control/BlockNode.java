package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.frame.ClearSlotsNode;

/** A basic block: its instructions in order, then its terminator, which names the next block. */
public final class BlockNode extends Node {
    private final int index;
    @Children private final CStatementNode[] statements;
    @Child private TerminatorNode terminator;
    @CompilationFinal(dimensions = 1) private final int[] successors;
    /** Slots whose values die in this block, forgotten after the terminator; may be null. */
    @Child private ClearSlotsNode deadAtEnd;
    /** Slots not live into this block, forgotten when OSR code starts here; may be null. */
    @Child private ClearSlotsNode deadAtEntry;

    public BlockNode(int index, CStatementNode[] statements, TerminatorNode terminator) {
        this.index = index;
        this.statements = statements;
        this.terminator = terminator;
        this.successors = terminator.successors();
    }

    public void setDeadSlots(ClearSlotsNode atEnd, ClearSlotsNode atEntry) {
        this.deadAtEnd = atEnd;
        this.deadAtEntry = atEntry;
    }

    /** OSR code entering at this block starts from an interpreter frame: its dead slots are dropped at once. */
    public void clearDeadAtEntry(VirtualFrame frame) {
        if (deadAtEntry != null) {
            deadAtEntry.clear(frame);
        }
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

    /** A conditional branch ending this block, for the dispatch loop to branch on directly; else null. */
    public BranchNode conditionalBranch() {
        return terminator instanceof BranchNode b && b.isConditional() ? b : null;
    }

    /** A switch ending this block, for the dispatch loop to branch on directly; else null. */
    public SwitchNode switchTerminator() {
        return terminator instanceof SwitchNode s ? s : null;
    }

    /** After {@link #executeStatements} and the switch's compare: the chosen edge's moves, then the dead slots. */
    public void leave(VirtualFrame frame, SwitchNode sw, int edge) {
        sw.takeEdge(frame, edge);
        if (deadAtEnd != null) {
            deadAtEnd.execute(frame);
        }
    }

    @ExplodeLoop
    public void executeStatements(VirtualFrame frame) {
        for (CStatementNode s : statements) {
            s.execute(frame);
        }
    }

    /** After {@link #executeStatements} and the branch's test: the chosen edge's moves, then the dead slots. */
    public void leave(VirtualFrame frame, BranchNode branch, int edge) {
        branch.takeEdge(frame, edge);
        if (deadAtEnd != null) {
            deadAtEnd.execute(frame);
        }
    }

    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        for (CStatementNode s : statements) {
            s.execute(frame);
        }
        int selection = terminator.execute(frame);
        if (deadAtEnd != null) {
            deadAtEnd.execute(frame);
        }
        return selection;
    }
}
