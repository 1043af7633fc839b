package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.nodes.update.UpdateUnwind;

/**
 * Runs a function body: the numbered basic blocks in a loop that partial evaluation turns into
 * real control flow. A jump to a block whose index is not greater than the current one is a
 * back-edge: a safepoint, and a chance for on-stack replacement with the block index as the
 * "bytecode index", so a hot loop in a function entered once still gets compiled.
 */
public final class BlockDispatchNode extends Node implements BytecodeOSRNode {
    private static final Object DONE = new Object();
    /**
     * OSR code of larger functions is compiled in one copy (see dispatch): partial evaluation
     * gives up on a function whose exploded blocks exceed Graal's MaximumLoopExplosionCount
     * (10000), and OSR is then off for that function for good.
     */
    private static final int MAX_BLOCKS_FOR_COPIES = 4000;

    @Children private final BlockNode[] blocks;
    @CompilationFinal private Object osrMetadata;
    /** The update point label of each block ("entry", "loop#K") or null; see UpdateHook. */
    @CompilationFinal(dimensions = 1) private final String[] updatePoints;
    private final UpdateHook updates;
    private final String function;
    private final OsrEntryChoice osrEntry;

    public BlockDispatchNode(BlockNode[] blocks, String[] updatePoints, UpdateHook updates, String function) {
        this.blocks = blocks;
        this.osrEntry = new OsrEntryChoice(blocks);
        this.updatePoints = updatePoints;
        this.updates = updates;
        this.function = function;
    }

    /**
     * Continues a function rebuilt after an update: from statement {@code statement} of block
     * {@code block} (a call site is re-issued there, an update point resumes), then as usual.
     */
    public void resumeAt(VirtualFrame frame, int block, int statement) {
        CompilerDirectives.transferToInterpreter();
        int selection = blocks[block].executeFrom(frame, statement);
        if (selection == TerminatorNode.RETURN) {
            return;
        }
        dispatch(frame, blocks[block].successors()[selection], false);
    }

    @TruffleBoundary
    private void arriveAtUpdatePoint(String point) {
        if (updates.arrive(function, point)) {
            throw new UpdateUnwind(point);
        }
    }

    public void execute(VirtualFrame frame, int startBlock) {
        dispatch(frame, startBlock, false);
    }

    /** Starts at a block known only at run time (a setjmp resume point), keeping each start constant for the compiler. */
    @ExplodeLoop
    public void executeAt(VirtualFrame frame, int startBlock, int[] candidates) {
        if (startBlock == 0) {
            dispatch(frame, 0, false);
            return;
        }
        for (int c : candidates) {
            if (c == startBlock) {
                dispatch(frame, c, false);
                return;
            }
        }
    }

    /**
     * With {@code peelEntryLoop} (OSR code, entered at a loop header), blocks are compiled in
     * two copies when the entry loop lies inside other loops: copy 0 runs the rest of the entry
     * loop and of the loops around it until control comes back to the header of one of those
     * loops; copy 1 runs from there on, the entry loop included. Partial evaluation merges the
     * blocks it reaches with the same local values, so with one copy every path back to the
     * entry header, through the loops around it too, became a back-edge of the entry loop: the
     * outer loops folded into it, their calls and stores inside the hot loop, and nothing
     * loaded there could be hoisted (sieve's inner loop looked its array up at every store).
     * In copy 1 the entry loop is an ordinary loop nested in the loops around it.
     */
    @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.MERGE_EXPLODE)
    private Object dispatch(VirtualFrame frame, int startBlock, boolean peelEntryLoop) {
        // one variable for the block and its copy (MERGE_EXPLODE allows one): copy * n + block
        int n = blocks.length;
        int state = startBlock;
        outer: while (true) {
            CompilerAsserts.partialEvaluationConstant(state);
            // two copies at most, so no division on the interpreter's every jump
            int copy = state >= n ? 1 : 0;
            int current = copy == 0 ? state : state - n;
            if (updatePoints[current] != null && updates.checking()) {
                arriveAtUpdatePoint(updatePoints[current]);
            }
            BlockNode block = blocks[current];
            BranchNode branch = block.conditionalBranch();
            if (branch != null) {
                // Branch on the condition itself, each arm with its own constant successor: a
                // successor index returned from the block would merge both paths into a phi
                // that compiled code then materialises and tests again.
                block.executeStatements(frame);
                int[] successors = block.successors();
                if (branch.test(frame)) {
                    block.leave(frame, branch, 0);
                    int next = successors[0];
                    Object result = jump(frame, current, next);
                    if (result != null) {
                        return result;
                    }
                    state = stateAfter(peelEntryLoop, startBlock, copy, next);
                    continue outer;
                } else {
                    block.leave(frame, branch, 1);
                    int next = successors[1];
                    Object result = jump(frame, current, next);
                    if (result != null) {
                        return result;
                    }
                    state = stateAfter(peelEntryLoop, startBlock, copy, next);
                    continue outer;
                }
            }
            SwitchNode sw = block.switchTerminator();
            if (sw != null) {
                // the same for a switch: each case's compare leads straight to its successor
                block.executeStatements(frame);
                long value = sw.value(frame);
                int[] successors = block.successors();
                for (int i = 0; i < successors.length; i++) {
                    if (sw.selects(i, value)) {
                        block.leave(frame, sw, i);
                        int next = successors[i];
                        Object result = jump(frame, current, next);
                        if (result != null) {
                            return result;
                        }
                        state = stateAfter(peelEntryLoop, startBlock, copy, next);
                        continue outer;
                    }
                }
            }
            int selection = block.execute(frame);
            if (selection == TerminatorNode.RETURN) {
                return DONE;
            }
            int[] successors = block.successors();
            for (int i = 0; i < successors.length; i++) {
                if (i == selection) {
                    int next = successors[i];
                    Object result = jump(frame, current, next);
                    if (result != null) {
                        return result;
                    }
                    state = stateAfter(peelEntryLoop, startBlock, copy, next);
                    continue outer;
                }
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            throw new IllegalStateException("block " + current + " chose successor " + selection + " of " + successors.length);
        }
    }

    /** The dispatch state a jump to {@code next} leads to: the block in its copy (see dispatch). */
    private int stateAfter(boolean peelEntryLoop, int startBlock, int copy, int next) {
        return (peelEntryLoop ? osrEntry.copyAfter(startBlock, copy, next) : 0) * blocks.length + next;
    }

    /**
     * A jump from block {@code current} to {@code next}. Going back (to a block whose index is not
     * greater) is a safepoint, and in the interpreter a chance to enter OSR code (preferably at
     * the loop around a hot loop, see OsrEntryChoice), whose result then ends this dispatch.
     */
    private Object jump(VirtualFrame frame, int current, int next) {
        if (next > current) {
            return null;
        }
        TruffleSafepoint.poll(this);
        if (CompilerDirectives.inInterpreter() && osrEntry.enterAt(next, BytecodeOSRNode.pollOSRBackEdge(this))) {
            return BytecodeOSRNode.tryOSR(this, next, null, null, frame);
        }
        return null;
    }

    @Override
    public Object executeOSR(VirtualFrame osrFrame, int target, Object interpreterState) {
        blocks[target].clearDeadAtEntry(osrFrame);
        return dispatch(osrFrame, target, blocks.length <= MAX_BLOCKS_FOR_COPIES);
    }

    /**
     * Truffle's own restore deoptimises (it copies slot by slot by their interpreter tags), once
     * per exit from OSR code: a function whose hot loop gets OSR code before the function itself
     * is compiled then left its OSR code through a deoptimisation at every call (fft: 469 of
     * them). A plain copy of the whole frame stays in compiled code. It also serves an exit by
     * an exception: an update unwinding the frame or a longjmp back into it sees every slot.
     */
    @Override
    public void restoreParentFrame(VirtualFrame osrFrame, VirtualFrame parentFrame) {
        osrFrame.copyTo(0, parentFrame, 0, osrFrame.getFrameDescriptor().getNumberOfSlots());
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }
}
