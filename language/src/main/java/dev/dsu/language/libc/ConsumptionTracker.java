package dev.dsu.language.libc;

/** Remembers which library call last took input from a stream (see UpdateYield). */
final class ConsumptionTracker {
    private final UpdateYield yield;
    private long lastCall = -1;

    ConsumptionTracker(UpdateYield yield) {
        this.yield = yield;
    }

    boolean firstInCall() {
        return lastCall != yield.currentCall();
    }

    void consumed() {
        lastCall = yield.currentCall();
    }
}
