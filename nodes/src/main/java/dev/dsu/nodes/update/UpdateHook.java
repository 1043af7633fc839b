package dev.dsu.nodes.update;

import com.oracle.truffle.api.Assumption;

import dev.dsu.nodes.CThreadState;

/**
 * What compiled C code asks about updates. While {@link #quiet} holds (no update requested, no
 * stack being rebuilt) the checks at update points and function entries fold away; the update
 * machinery invalidates it to make them run.
 */
public abstract class UpdateHook {
    public final Assumption quiet = Assumption.create("no update pending");

    /**
     * Whether this run may be updated at all; translation then keeps frames mappable (one value
     * per slot), at some cost in compiled code.
     */
    public abstract boolean isUpdatable();

    /** An update point was reached; true means: unwind now for an update. */
    public abstract boolean arrive(String function, String point);

    /** The frame to restore for this function if the thread is reconstructing its stack, else null. */
    public abstract RestoredFrame takeRestoredFrame(CThreadState thread, String function);

    /** Slot values to write into a new frame and where to resume (dispatch block and statement). */
    public record RestoredFrame(Object[] slotValues, int block, int statement) {
    }
}
