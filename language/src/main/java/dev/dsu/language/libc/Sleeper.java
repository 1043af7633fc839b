package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dsu.nodes.memory.Heap;

import dev.dsu.nodes.update.UpdateUnwind;

/**
 * sleep, usleep and nanosleep. In a program that may be updated a sleeping thread wakes for an
 * update request, unrolls, and its call is issued again by the new version; that call then
 * sleeps only until the interrupted sleep's start plus the (new) duration, so an update neither
 * waits for a sleep to end nor stretches it.
 */
final class Sleeper {
    private final Heap heap;
    private final Errno errno;
    private UpdateYield yield;
    /** When the sleep an update interrupted began (System.nanoTime), or 0. */
    private long interruptedStart;

    Sleeper(Heap heap, Errno errno) {
        this.heap = heap;
        this.errno = errno;
    }

    void register(Map<String, Builtin> m) {
        m.put("sleep", (a, loc) -> {
            sleep(Args.u32(a, 0) * 1_000_000_000L);
            return 0L;
        });
        m.put("usleep", (a, loc) -> {
            sleep(Args.u32(a, 0) * 1_000L);
            return 0L;
        });
        m.put("nanosleep", (a, loc) -> {
            long ts = Args.l(a, 0);
            long sec = heap.getI64(ts, loc);
            long nsec = heap.getI64(ts + 8, loc);
            if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
                errno.set(Errno.EINVAL);
                return -1L;
            }
            sleep(sec * 1_000_000_000L + nsec);
            return 0L;
        });
    }

    void allowUpdatesWhileBlocked(UpdateYield y) {
        this.yield = y;
    }

    @TruffleBoundary
    void sleep(long nanos) {
        long start = System.nanoTime();
        if (interruptedStart != 0 && yield != null && yield.reissuedAfterUpdate()) {
            start = interruptedStart;
        }
        interruptedStart = 0;
        long deadline = start + nanos;
        try {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                if (yield == null) {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } else if (yield.updateRequested("sleeping")) {
                    interruptedStart = start;
                    throw new UpdateUnwind("blocked in sleep");
                } else {
                    yield.awaitRequest(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
