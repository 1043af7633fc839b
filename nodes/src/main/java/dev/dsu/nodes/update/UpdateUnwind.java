package dev.dsu.nodes.update;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unrolls a thread's stack for an update: thrown at an update point, it collects every frame it
 * passes (innermost first) with the continuation point where that frame stopped — the update
 * point for the innermost frame, the call site for each caller.
 */
public final class UpdateUnwind extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    /** One suspended activation: which function (by name), where it stopped, and its frame. */
    public record SavedFrame(String function, String point, MaterializedFrame frame) {
    }

    public final long startNanos = System.nanoTime();
    public final List<SavedFrame> frames = new ArrayList<>();
    private String pendingPoint;

    public UpdateUnwind(String updatePoint) {
        this.pendingPoint = updatePoint;
    }

    /** Called by a call node the unwind passes: its caller stopped at this call. */
    public void passCallSite(String callSite) {
        pendingPoint = callSite;
    }

    public void addFrame(String function, MaterializedFrame frame) {
        frames.add(new SavedFrame(function, pendingPoint, frame));
    }
}
