package dev.dsu.language.update;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.dsu.nodes.CThreadState;
import dev.dsu.nodes.update.UpdateHook;

/**
 * Decides when the running program unrolls for an update (today: a schedule, the n-th arrival
 * at a named update point, as tests and demonstrations need) and hands the rebuilt frames to
 * functions as they are re-entered.
 */
public final class UpdateController extends UpdateHook {
    /** An update scheduled at the {@code occurrence}-th arrival at {@code function}:{@code point}. */
    public record Schedule(String newVersion, String function, String point, int occurrence) {
        /** Parses FILE@FUNCTION:POINT:N, e.g. v2.bc@main:loop#1:3. */
        public static Schedule parse(String spec) {
            int at = spec.lastIndexOf('@');
            int lastColon = spec.lastIndexOf(':');
            int firstColon = at < 0 ? -1 : spec.indexOf(':', at);
            if (at <= 0 || firstColon < 0 || lastColon <= firstColon) {
                throw new IllegalArgumentException("an update schedule is FILE@FUNCTION:POINT:N (e.g. v2.bc@main:loop#1:3), not '" + spec + "'");
            }
            int n;
            try {
                n = Integer.parseInt(spec.substring(lastColon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the arrival count in '" + spec + "' is not a number");
            }
            if (n < 1) {
                throw new IllegalArgumentException("the arrival count in '" + spec + "' must be at least 1");
            }
            return new Schedule(spec.substring(0, at), spec.substring(at + 1, firstColon), spec.substring(firstColon + 1, lastColon), n);
        }
    }

    /** One frame waiting to be rebuilt. */
    record Restoration(String function, RestoredFrame frame) {
    }

    /** An update asked for through the control endpoint, waiting for the next update point. */
    public static final class Request {
        public final Path newVersion;
        /** The user's patch specification, or null for the default mappings. */
        public final Path patch;
        public final String where;
        public final long requestedAt;
        /** Set when the new version was prepared before the program was asked to stop. */
        public LiveUpdate.Prepared prepared;
        private final CompletableFuture<String> reply = new CompletableFuture<>();
        private volatile boolean taken;

        Request(Path newVersion, Path patch, String where) {
            this(newVersion, patch, where, System.nanoTime());
        }

        Request(Path newVersion, Path patch, String where, long requestedAt) {
            this.newVersion = newVersion;
            this.patch = patch;
            this.where = where;
            this.requestedAt = requestedAt;
        }

        public void complete(String answer) {
            reply.complete(answer);
        }
    }

    private static final long REQUEST_TIMEOUT_SECONDS = 60;

    /** Prepares a requested update against the running version, on the requesting thread. */
    public interface Preparer {
        LiveUpdate.Prepared prepare(Path newVersion, Path patch) throws UpdateRefused;
    }

    private volatile Preparer preparer;
    private boolean busy;

    public void preparingWith(Preparer p) {
        this.preparer = p;
    }

    private final Schedule schedule;
    private final Path schedulePatch;
    private final boolean controllable;
    private final dev.dsu.nodes.ThreadStates threads;
    private int arrivals;
    private boolean fired;
    /** The scheduled arrival came inside a library callback: the update starts at the next point outside one. */
    private String deferredFrom;
    private volatile Request request;
    private Request current;
    /** Runs when the last rebuilt frame has been entered: the report's last phase is known then. */
    private java.util.function.LongConsumer onReconstructed;

    public void whenReconstructed(java.util.function.LongConsumer action) {
        this.onReconstructed = action;
    }

    public UpdateController(Schedule schedule, Path schedulePatch, boolean controllable, dev.dsu.nodes.ThreadStates threads) {
        this.threads = threads;
        this.schedule = schedule;
        this.schedulePatch = schedulePatch;
        this.controllable = controllable;
        if (schedule != null) {
            startChecking();
        }
    }

    @Override
    public boolean isUpdatable() {
        return schedule != null || controllable;
    }

    /** Null when nothing was scheduled or the scheduled update happened; otherwise why it did not. */
    public String missedSchedule() {
        if (schedule == null || fired) {
            return null;
        }
        return "the scheduled update did not happen: " + schedule.function() + ":" + schedule.point() + " was reached " + arrivals
                        + " time" + (arrivals == 1 ? "" : "s") + ", not " + schedule.occurrence();
    }

    /** The update the unwinding thread is carrying out: the scheduled one, or a request. */
    public Schedule schedule() {
        return schedule;
    }

    public Request current() {
        return current;
    }

    /**
     * Called by the control endpoint's thread: asks the program to update at its next update
     * point and waits for the outcome.
     */
    public String requestUpdate(Path newVersion, Path patch) throws InterruptedException {
        synchronized (this) {
            if (busy || request != null) {
                return "REFUSED another update is in progress";
            }
            busy = true;
        }
        try {
            return requestPrepared(newVersion, patch);
        } finally {
            synchronized (this) {
                busy = false;
            }
        }
    }

    /** Reads, links and translates the new version while the program runs, then asks it to stop. */
    private String requestPrepared(Path newVersion, Path patch) throws InterruptedException {
        LiveUpdate.Prepared prepared = null;
        Preparer p = preparer;
        if (p != null) {
            try {
                prepared = p.prepare(newVersion, patch);
            } catch (UpdateRefused e) {
                return "REFUSED " + e.getMessage() + " (the program goes on unchanged; it was not stopped)";
            } catch (RuntimeException e) {
                return "REFUSED internal error while preparing the update: " + e + " (the program goes on unchanged; it was not stopped)";
            }
        }
        Request r = new Request(newVersion, patch, "the next update point");
        r.prepared = prepared;
        synchronized (this) {
            // before the request can be seen: a thread blocked in the library takes it without
            // an update point, and its frames are rebuilt only where the checks run
            startChecking();
            request = r;
            notifyAll();
        }
        try {
            return r.reply.get(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return "REFUSED " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            synchronized (this) {
                if (!r.taken) {
                    request = null;
                    stopCheckingIfIdle();
                    return "REFUSED the program reached no update point within " + REQUEST_TIMEOUT_SECONDS + " s; nothing was changed";
                }
            }
            try {
                return r.reply.get();
            } catch (ExecutionException inner) {
                return "REFUSED " + inner.getCause().getMessage();
            }
        } finally {
            synchronized (this) {
                if (request == r) {
                    request = null;
                }
            }
        }
    }

    /** Lets a sleeping thread wake as soon as an update is requested (see the library's Sleeper). */
    public synchronized void awaitRequest(long nanos) throws InterruptedException {
        if (request == null || request.taken) {
            long millis = Math.max(nanos / 1_000_000, 0);
            wait(millis, millis == 0 && nanos <= 0 ? 1 : (int) (nanos % 1_000_000));
        }
    }

    @Override
    public boolean arrive(String function, String point) {
        boolean inCallback = threads.current().callbackDepth > 0;
        if (deferredFrom != null && !inCallback) {
            current = new Request(Path.of(schedule.newVersion()), schedulePatch, function + ":" + point + " (the scheduled " + deferredFrom
                            + " was inside a callback from the C library; the update waited for it to return)");
            deferredFrom = null;
            return true;
        }
        Request pending = request;
        if (pending != null && !pending.taken && !inCallback) {
            synchronized (this) {
                if (!pending.taken && request == pending) {
                    pending.taken = true;
                    current = new Request(pending.newVersion, pending.patch, function.equals("<blocked>") ? "a library call " + point : function + ":" + point,
                                    pending.requestedAt);
                    current.prepared = pending.prepared;
                    current.reply.whenComplete((answer, error) -> pending.complete(answer));
                    return true;
                }
            }
        }
        if (schedule == null || fired || !schedule.function().equals(function) || !schedule.point().equals(point)) {
            return false;
        }
        arrivals++;
        if (arrivals == schedule.occurrence() && inCallback) {
            fired = true;
            deferredFrom = function + ":" + point + " (arrival " + arrivals + ")";
            return false;
        }
        if (arrivals == schedule.occurrence()) {
            fired = true;
            current = new Request(Path.of(schedule.newVersion()), schedulePatch, function + ":" + point + " (arrival " + arrivals + ")");
            return true;
        }
        return false;
    }

    /**
     * Stops the update checks once nothing is left for them to find: no request waiting (one being
     * finished has been taken), no scheduled update still to come. A request arriving later
     * starts them again.
     */
    private synchronized void stopCheckingIfIdle() {
        boolean requestWaiting = request != null && !request.taken;
        boolean scheduleWaiting = schedule != null && (!fired || deferredFrom != null);
        if (!requestWaiting && !scheduleWaiting) {
            stopChecking();
        }
    }

    @Override
    public RestoredFrame takeRestoredFrame(CThreadState thread, String function) {
        if (!(thread.reconstruction instanceof ArrayDeque<?> pending) || pending.isEmpty()) {
            return null;
        }
        Restoration next = (Restoration) pending.peekFirst();
        if (!next.function().equals(function)) {
            return null;
        }
        pending.pollFirst();
        if (pending.isEmpty()) {
            thread.reconstruction = null;
            stopCheckingIfIdle();
            // the innermost frame resumes by issuing its call again: the thread's next library call
            thread.reissuedCall = thread.libraryCalls + 1;
            java.util.function.LongConsumer done = onReconstructed;
            onReconstructed = null;
            if (done != null) {
                done.accept(System.nanoTime());
            }
        }
        return next.frame();
    }
}
