package dev.dsu.language.update;

import java.util.ArrayDeque;

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

    private final Schedule schedule;
    private int arrivals;
    private boolean fired;
    private long reconstructedAt;

    public UpdateController(Schedule schedule) {
        this.schedule = schedule;
        if (schedule != null) {
            quiet.invalidate();
        }
    }

    public Schedule schedule() {
        return schedule;
    }

    @Override
    public boolean arrive(String function, String point) {
        if (schedule == null || fired || !schedule.function().equals(function) || !schedule.point().equals(point)) {
            return false;
        }
        arrivals++;
        if (arrivals == schedule.occurrence()) {
            fired = true;
            return true;
        }
        return false;
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
            reconstructedAt = System.nanoTime();
        }
        return next.frame();
    }

    long reconstructedAt() {
        return reconstructedAt;
    }
}
