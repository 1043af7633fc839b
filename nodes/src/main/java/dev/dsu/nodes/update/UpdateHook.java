package dev.dsu.nodes.update;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

import dev.dsu.nodes.CThreadState;

/**
 * What compiled C code asks about updates. While {@link #checking} is false (no update requested,
 * no stack being rebuilt) the checks at update points and function entries fold away; the update
 * machinery starts and stops them.
 */
public abstract class UpdateHook {
    /**
     * Holds while no update is pending and no stack is being rebuilt. Replaced by a fresh one when
     * an update is over: with one assumption for the whole run, a program updated once checked
     * every update point for good (a loop calling an updated function: 0.026 s per round against
     * 0.0019 before the update).
     */
    @CompilationFinal private volatile Assumption quiet = Assumption.create("no update pending");
    /**
     * Holds until the pending update is over: code compiled while one is pending has the checks
     * in it and depends on this, so {@link #stopChecking} throws it away.
     */
    @CompilationFinal private volatile Assumption pending = Assumption.create("this update pending");

    /**
     * Whether update points and function entries must check now. Folds to false in code compiled
     * while nothing is pending, and that code is invalidated when an update is requested.
     */
    public final boolean checking() {
        if (quiet.isValid()) {
            return false;
        }
        if (!pending.isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        return true;
    }

    /** An update was requested or scheduled: the checks run from now on. */
    protected final void startChecking() {
        quiet.invalidate();
    }

    /** The update is over and the stack rebuilt: the checks stop, and code compiled with them goes. */
    protected final void stopChecking() {
        quiet = Assumption.create("no update pending");
        Assumption over = pending;
        pending = Assumption.create("this update pending");
        over.invalidate();
    }

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
