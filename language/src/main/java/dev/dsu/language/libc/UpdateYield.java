package dev.dsu.language.libc;

/**
 * How input functions cooperate with live updates: a thread blocked waiting for input gives way
 * to a requested update (the call is issued again in the new version) — but only while the
 * current library call has consumed nothing, so no input is ever lost.
 */
public interface UpdateYield {
    /** True when an update is requested and this thread should unroll for it now. */
    boolean updateRequested();

    /** The number of the current library call of this thread. */
    long currentCall();
}
