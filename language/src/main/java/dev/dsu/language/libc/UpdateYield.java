package dev.dsu.language.libc;

/**
 * How blocking library calls cooperate with live updates: a thread blocked waiting for input or
 * sleeping gives way to a requested update, and the call is issued again in the new version. An
 * input call gives way only while it has consumed nothing, so no input is ever lost; a sleep
 * issued again ends when the interrupted one would have.
 */
public interface UpdateYield {
    /** True when an update is requested and this thread, blocked in {@code what}, should unroll for it now. */
    boolean updateRequested(String what);

    /** Waits until an update is requested or {@code nanos} have passed, whichever comes first. */
    void awaitRequest(long nanos) throws InterruptedException;

    /** The number of the current library call of this thread. */
    long currentCall();

    /** True when the current library call issues again the call an update interrupted. */
    boolean reissuedAfterUpdate();
}
