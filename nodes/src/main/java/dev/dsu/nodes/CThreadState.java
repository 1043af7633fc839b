package dev.dsu.nodes;

/**
 * What the runtime keeps per C thread (never in statics): the thread's library-call and update
 * state. (The emulated native stack's use is the heap's: see {@link dev.dsu.nodes.memory.Heap#chargeStack}.)
 */
public final class CThreadState {
    /**
     * Counts library calls, so that a library function blocked on input can tell whether the
     * current call has already consumed input (then it must not be abandoned for an update).
     */
    public long libraryCalls;
    /** The number of the library call that issues again, after an update, the call it interrupted. */
    public long reissuedCall = -1;

    /**
     * How many C functions the C library is calling back right now (qsort's comparator, an atexit
     * handler): their frames sit above Java frames, which cannot be unrolled, so no update starts
     * while this is positive.
     */
    public int callbackDepth;

    /** Frames still to rebuild after an update, outermost first (an update's private structure), or null. */
    public Object reconstruction;
}
